package org.cpis.core.audit;

import java.time.Instant;
import java.util.Set;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;

/**
 * A filter over the audit trail (CP-IS081). {@code null} means "any". The time range is half-open:
 * {@code from <= at < to}.
 */
public record AuditQuery(NhsNumber subject, String actor, OdsCode organisation, Set<AuditAction> actions,
                         Instant from, Instant to, int limit) {

    public AuditQuery {
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public static AuditQuery forSubject(NhsNumber subject) {
        return new AuditQuery(subject, null, null, Set.of(), null, null, 100_000);
    }
}
