package org.cpis.core.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.NhsNumber;

/** Every access event, kept in full (CP-IS047) until the child's record is gone (CP-IS039). */
public interface AccessLog {

    void record(AccessEvent event);

    /** All access events of an NHS number, oldest first. */
    List<AccessEvent> history(NhsNumber nhsNumber);

    /**
     * All access events of several NHS numbers, oldest first per number, in one read. A number never accessed
     * may be absent or map to an empty list; callers treat both alike.
     */
    Map<NhsNumber, List<AccessEvent>> histories(Collection<NhsNumber> nhsNumbers);

    /** The NHS numbers accessed in {@code from <= accessedAt < to}. */
    Set<NhsNumber> accessedBetween(Instant from, Instant to);

    /** The number of access events in {@code from <= accessedAt < to}. */
    long countBetween(Instant from, Instant to);

    /** Removes every access event of an NHS number (its record is gone); returns how many. */
    int removeAll(NhsNumber nhsNumber);
}
