package org.cpis.server.report;

import java.util.Set;
import java.util.StringJoiner;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEntry;
import org.cpis.core.audit.EntrySnapshot;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.Plan;

/**
 * An audit row's detail for people. The rows that store, end-date or remove an entry carry the entry's snapshot
 * (CP-IS075), which is written out readably here; other details are shown as stored. Redacted rows say so.
 */
final class AuditDetails {

    static final String REDACTED = "(redacted at the end of its retention, CP-IS076)";

    private static final Set<AuditAction> SNAPSHOTS =
            Set.of(AuditAction.RECORD_STORED, AuditAction.RECORD_AUTO_END_DATED, AuditAction.RECORD_PURGED);

    private AuditDetails() {
    }

    static String text(AuditEntry entry) {
        if (entry.redacted()) {
            return REDACTED;
        }
        String detail = entry.event().detail();
        if (!SNAPSHOTS.contains(entry.event().action())) {
            return detail;
        }
        try {
            return snapshot(EntrySnapshot.parse(detail));
        } catch (RuntimeException notASnapshot) {
            return detail;
        }
    }

    /** {@code entry of X09 Exampleshire County Council, local id C-1, file 7: CPP from 01/01/2025 to 31/03/2026}. */
    static String snapshot(LocalAuthorityEntry entry) {
        StringJoiner plans = new StringJoiner("; ");
        entry.plans().forEach(plan -> plans.add(plan(plan)));
        return "entry of " + entry.localAuthorityCode() + " " + entry.localAuthority().name()
                + ", local id " + (entry.localChildId() == null ? ReportTimes.NONE : entry.localChildId())
                + ", file " + entry.uploadFileId() + ": " + (entry.plans().isEmpty() ? "no plan" : plans.toString());
    }

    static String plan(Plan plan) {
        StringBuilder text = new StringBuilder(plan.type().name()).append(" from ").append(ReportTimes.text(plan.start()));
        if (plan.end() != null) {
            text.append(" to ").append(ReportTimes.text(plan.end()));
        }
        if (plan.delete() != null) {
            text.append(", delete on ").append(ReportTimes.text(plan.delete()));
        }
        return text.toString();
    }
}
