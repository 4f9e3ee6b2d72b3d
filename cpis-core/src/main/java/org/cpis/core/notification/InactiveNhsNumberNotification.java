package org.cpis.core.notification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cpis.core.model.Organisation;

/** An Inactive NHS Number Notification for one LA (REPC_MT000005GB01; CP-IS012, CP-IS023). */
public record InactiveNhsNumberNotification(UUID id, Instant createdAt, Organisation recipient,
                                            List<InactiveSubject> subjects) {

    public InactiveNhsNumberNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(recipient, "recipient");
        subjects = List.copyOf(subjects);
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("an inactive NHS number notification names at least one number");
        }
    }
}
