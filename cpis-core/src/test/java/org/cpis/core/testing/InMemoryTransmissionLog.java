package org.cpis.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cpis.core.access.Transmission;
import org.cpis.core.access.TransmissionLog;

/** The transmission log, in memory, in the order appended. */
public final class InMemoryTransmissionLog implements TransmissionLog {

    private final List<Transmission> rows = new ArrayList<>();

    @Override
    public synchronized void append(Transmission transmission) {
        rows.add(transmission);
    }

    @Override
    public synchronized List<Transmission> between(Instant from, Instant to, int limit) {
        return rows.stream()
                .filter(t -> !t.at().isBefore(from) && t.at().isBefore(to))
                .sorted(Comparator.comparing(Transmission::at))
                .limit(limit)
                .toList();
    }

    /** Every row, in the order appended. */
    public synchronized List<Transmission> all() {
        return List.copyOf(rows);
    }
}
