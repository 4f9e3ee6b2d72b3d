package org.cpis.server.report;

import java.util.List;
import org.cpis.core.audit.AuditEntry;

/**
 * CP-IS081: the audit rows that matched, oldest first, and the most that were asked for.
 *
 * @param limit the most rows asked for; when that many came back, there may be more
 */
public record ActivityReport(List<AuditEntry> entries, int limit) {

    public ActivityReport {
        entries = List.copyOf(entries);
    }

    /** Whether the rows stopped at the limit, so that later matching rows may be missing. */
    public boolean limitReached() {
        return entries.size() >= limit;
    }
}
