package org.cpis.core.report;

import java.time.Instant;
import java.util.List;
import org.cpis.core.audit.AuditEntry;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;

/**
 * CP-IS079: everything CP-IS holds about one NHS number - every LA entry in full (local ids and delete dates
 * included, since this report is for the data subject and the service's own officers), every access event, and
 * the audit history of the record.
 */
public record SubjectAccessReport(NhsNumber nhsNumber, Instant generatedAt, List<LocalAuthorityEntry> entries,
                                  List<AccessEvent> accessEvents, List<AuditEntry> auditHistory) {

    public SubjectAccessReport {
        entries = List.copyOf(entries);
        accessEvents = List.copyOf(accessEvents);
        auditHistory = List.copyOf(auditHistory);
    }
}
