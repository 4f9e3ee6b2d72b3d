package org.cpis.core.notification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cpis.core.model.Organisation;

/**
 * The daily Access to Service Notification for one LA (REPC_MT000004GB01; CP-IS022, CP-IS025): every child
 * of that LA accessed in the window {@code [windowStart, windowEnd)}, condensed to the first access per worker
 * per 24 hours. Sent even when empty, to confirm nobody looked (CP-IS025).
 */
public record AccessToServiceNotification(UUID id, Instant createdAt, Organisation recipient, Instant windowStart,
                                          Instant windowEnd, List<ChildAccesses> children) {

    public AccessToServiceNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(recipient, "recipient");
        children = List.copyOf(children);
    }

    /** Total Returned Records (TRR): the number of access records in the notification. */
    public int totalAccessRecords() {
        return children.stream().mapToInt(c -> c.accesses().size()).sum();
    }

    public boolean isEmpty() {
        return children.isEmpty();
    }
}
