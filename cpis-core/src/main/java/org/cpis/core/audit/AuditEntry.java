package org.cpis.core.audit;

import java.util.Objects;

/**
 * An audit event as stored: its place in the chain and whether its detail was redacted at the end of
 * its retention period (CP-IS076). A redacted entry keeps its place and hash; its detail is empty.
 */
public record AuditEntry(long sequence, AuditEvent event, boolean redacted) {

    public AuditEntry {
        Objects.requireNonNull(event, "event");
    }
}
