package org.cpis.server.report;

import java.io.PrintWriter;
import org.cpis.core.audit.AuditEntry;
import org.cpis.core.model.NhsNumber;

/**
 * CP-IS081 as CSV: {@code sequence,at,action,actor,ods_code,organisation,nhs_number,detail,redacted}; details exactly
 * as stored.
 */
public final class ActivityCsv implements ReportRenderer<ActivityReport> {

    private final OrganisationNames organisations;

    public ActivityCsv(OrganisationNames organisations) {
        this.organisations = organisations;
    }

    @Override
    public void render(ActivityReport report, PrintWriter out) {
        CsvTable csv = new CsvTable(out, "sequence", "at", "action", "actor", "ods_code", "organisation", "nhs_number",
                "detail", "redacted");
        for (AuditEntry row : report.entries()) {
            csv.row(row.sequence(), ReportTimes.iso(row.event().at()), row.event().action(), row.event().actor(),
                    row.event().actorOrganisation(), organisations.nameOf(row.event().actorOrganisation()).orElse(null),
                    row.event().subjectIfAny().map(NhsNumber::value).orElse(null), row.event().detail(), row.redacted());
        }
    }
}
