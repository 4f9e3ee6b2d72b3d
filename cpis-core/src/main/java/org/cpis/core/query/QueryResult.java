package org.cpis.core.query;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.NhsNumber;

/** The answer to an NHS Query: a visible record (CP-IS044, CP-IS046), or nothing for this requester. */
public sealed interface QueryResult permits QueryResult.Found, QueryResult.NotFound {

    NhsNumber nhsNumber();

    Instant respondedAt();

    /**
     * A positive trace: every LA with a visible plan, and the condensed access history newest first, this query
     * included (CP-IS026, CP-IS047, CP-IS048).
     */
    record Found(NhsNumber nhsNumber, List<VisibleEntry> entries, List<AccessEvent> accessHistory,
                 Instant respondedAt) implements QueryResult {

        public Found {
            Objects.requireNonNull(nhsNumber, "nhsNumber");
            entries = List.copyOf(entries);
            accessHistory = List.copyOf(accessHistory);
            if (entries.isEmpty()) {
                throw new IllegalArgumentException("a positive trace has at least one entry");
            }
        }

        /** Total Returned Access Records (TRAR). */
        public int totalAccessRecords() {
            return accessHistory.size();
        }

        /** Total Returned Child Records (TRCR): one per providing LA returned. */
        public int totalChildRecords() {
            return entries.size();
        }
    }

    /** A negative trace: nothing held, or nothing this requester may see (CP-IS015). */
    record NotFound(NhsNumber nhsNumber, Instant respondedAt) implements QueryResult {
    }
}
