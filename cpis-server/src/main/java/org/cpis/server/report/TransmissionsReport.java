package org.cpis.server.report;

import java.time.Instant;
import java.util.List;
import org.cpis.core.access.Transmission;

/**
 * CP-IS061: the transmission log for a period - every message in or out, when, from and to whom, what kind, how
 * large and how it ended; never its content.
 *
 * @param limitReached whether the limit cut the list, so later rows may exist
 */
public record TransmissionsReport(Instant from, Instant to, List<Transmission> rows, boolean limitReached) {

    public TransmissionsReport {
        rows = List.copyOf(rows);
    }
}
