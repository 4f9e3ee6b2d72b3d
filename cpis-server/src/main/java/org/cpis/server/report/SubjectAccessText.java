package org.cpis.server.report;

import java.io.PrintWriter;
import org.cpis.core.audit.AuditEntry;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.Plan;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.model.TelephoneNumber;
import org.cpis.core.report.SubjectAccessReport;

/**
 * CP-IS079 as a page for people: every Local Authority entry in full, every access event, the audit history.
 * Everything CP-IS holds about the NHS number is on it, the LA's local child id and delete dates included.
 */
public final class SubjectAccessText implements ReportRenderer<SubjectAccessReport> {

    private final OrganisationNames organisations;

    /** @param organisations names of the organisations the audit history names by code */
    public SubjectAccessText(OrganisationNames organisations) {
        this.organisations = organisations;
    }

    @Override
    public void render(SubjectAccessReport report, PrintWriter out) {
        out.println("CP-IS subject access report (CP-IS079)");
        out.println("NHS number: " + report.nhsNumber().spaced());
        out.println("Produced:   " + ReportTimes.text(report.generatedAt()));
        out.println();
        out.println("Local Authority entries: " + report.entries().size());
        for (LocalAuthorityEntry entry : report.entries()) {
            entry(entry, out);
        }
        out.println();
        out.println("Access events: " + report.accessEvents().size());
        if (!report.accessEvents().isEmpty()) {
            TextTable accesses = new TextTable("When", "Who", "Role", "Organisation");
            for (AccessEvent access : report.accessEvents()) {
                accesses.row(ReportTimes.text(access.accessedAt()), AccessAuthors.who(access.author()),
                        AccessAuthors.role(access.author()), AccessAuthors.organisation(access.author()));
            }
            accesses.print(out, "  ");
        }
        out.println();
        out.println("Audit history: " + report.auditHistory().size());
        if (!report.auditHistory().isEmpty()) {
            TextTable audit = new TextTable("Seq>", "When", "Action", "Actor", "Organisation", "Detail");
            for (AuditEntry row : report.auditHistory()) {
                audit.row(row.sequence(), ReportTimes.text(row.event().at()), row.event().action(), row.event().actor(),
                        organisations.label(row.event().actorOrganisation()), AuditDetails.text(row));
            }
            audit.print(out, "  ");
        }
    }

    private static void entry(LocalAuthorityEntry entry, PrintWriter out) {
        out.println();
        out.println("  " + entry.localAuthority().name() + " (" + entry.localAuthorityCode() + ")");
        out.println("    Local child id:        " + (entry.localChildId() == null ? ReportTimes.NONE : entry.localChildId()));
        out.println("    Held against:          " + (entry.subjectKind() == SubjectKind.UNBORN_CHILD
                ? "the mother (unborn child)" : "the child"));
        out.println("    Date of birth (PDS):   " + ReportTimes.text(entry.birthDate()));
        out.println("    Emergency duty phone:  " + entry.localAuthority().emergencyDutyPhone());
        out.println("    Office hours phone:    " + entry.localAuthority().officeHours().map(TelephoneNumber::digits)
                .orElse(ReportTimes.NONE));
        out.println("    Upload file:           " + entry.uploadFileId());
        out.println("    Received:              " + ReportTimes.text(entry.receivedAt()));
        TextTable plans = new TextTable("Plan", "Start date", "End date", "Delete date");
        for (Plan plan : entry.plans()) {
            plans.row(plan.type().displayName() + " (" + plan.type() + ")", ReportTimes.text(plan.start()),
                    ReportTimes.text(plan.end()), ReportTimes.text(plan.delete()));
        }
        plans.print(out, "    ");
    }
}
