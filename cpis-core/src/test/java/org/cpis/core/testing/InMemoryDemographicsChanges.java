package org.cpis.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cpis.core.exchange.DemographicsChange;
import org.cpis.core.exchange.DemographicsChanges;
import org.cpis.core.model.NhsNumber;

/** The demographics change feed, in memory. */
public final class InMemoryDemographicsChanges implements DemographicsChanges {

    private final List<DemographicsChange> changes = new ArrayList<>();
    private final Set<Long> notified = new HashSet<>();

    @Override
    public synchronized DemographicsChange record(NhsNumber inactive, NhsNumber replacement,
                                                  DemographicsChange.Kind kind, Instant at) {
        for (DemographicsChange c : changes) {
            if (c.inactive().equals(inactive) && Objects.equals(c.replacement(), replacement)) {
                return c;
            }
        }
        DemographicsChange c = new DemographicsChange(changes.size() + 1L, inactive, replacement, kind, at);
        changes.add(c);
        return c;
    }

    @Override
    public synchronized List<DemographicsChange> pending(int limit) {
        return changes.stream().filter(c -> !notified.contains(c.id())).limit(limit).toList();
    }

    @Override
    public synchronized void markNotified(List<Long> ids, Instant at) {
        notified.addAll(ids);
    }
}
