package org.cpis.server.report;

import java.io.PrintWriter;
import org.cpis.core.audit.AuditEntry;
import org.cpis.core.model.NhsNumber;

/** CP-IS081 as a page for people: who viewed or changed which record, when, from which organisation. */
public final class ActivityText implements ReportRenderer<ActivityReport> {

    private final OrganisationNames organisations;

    public ActivityText(OrganisationNames organisations) {
        this.organisations = organisations;
    }

    @Override
    public void render(ActivityReport report, PrintWriter out) {
        out.println("CP-IS activity (CP-IS081): " + report.entries().size() + " audit entries, oldest first");
        if (report.entries().isEmpty()) {
            return;
        }
        TextTable table = new TextTable("Seq>", "When", "Action", "Actor", "Organisation", "NHS number", "Detail");
        for (AuditEntry row : report.entries()) {
            table.row(row.sequence(), ReportTimes.text(row.event().at()), row.event().action(), row.event().actor(),
                    organisations.label(row.event().actorOrganisation()),
                    row.event().subjectIfAny().map(NhsNumber::spaced).orElse(ReportTimes.NONE), AuditDetails.text(row));
        }
        out.println();
        table.print(out, "");
        if (report.limitReached()) {
            out.println();
            out.println("Stopped at the limit of " + report.limit() + " entries: later entries may match too;"
                    + " narrow the search (--from, --to, --nhs, --user, --org, --action) or raise --limit.");
        }
    }
}
