package org.cpis.server.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.cpis.core.audit.AuditEntry;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.Plan;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.TelephoneNumber;
import org.cpis.core.report.SubjectAccessReport;

/** CP-IS079 as one JSON document; audit details exactly as stored. */
public final class SubjectAccessJson implements ReportRenderer<SubjectAccessReport> {

    private final OrganisationNames organisations;

    /** @param organisations names of the organisations the audit history names by code */
    public SubjectAccessJson(OrganisationNames organisations) {
        this.organisations = organisations;
    }

    @Override
    public void render(SubjectAccessReport report, PrintWriter out) {
        ObjectNode json = JsonReport.document("CP-IS079 subject access report")
                .put("nhsNumber", report.nhsNumber().value())
                .put("producedAt", ReportTimes.iso(report.generatedAt()));
        ArrayNode entries = json.putArray("entries");
        report.entries().forEach(entry -> entries.add(entry(entry)));
        ArrayNode accesses = json.putArray("accessEvents");
        report.accessEvents().forEach(access -> accesses.add(access(access)));
        ArrayNode audit = json.putArray("auditHistory");
        report.auditHistory().forEach(row -> audit.add(audit(row, organisations)));
        JsonReport.write(json, out);
    }

    private static ObjectNode entry(LocalAuthorityEntry entry) {
        ObjectNode la = JsonReport.organisation(entry.localAuthority().organisation())
                .put("emergencyDutyPhone", entry.localAuthority().emergencyDutyPhone().digits())
                .put("officeHoursPhone", entry.localAuthority().officeHours().map(TelephoneNumber::digits).orElse(null));
        ObjectNode json = JsonReport.object();
        json.set("localAuthority", la);
        json.put("localChildId", entry.localChildId())
                .put("subjectKind", entry.subjectKind().name())
                .put("birthDate", ReportTimes.iso(entry.birthDate()))
                .put("uploadFileId", entry.uploadFileId())
                .put("receivedAt", ReportTimes.iso(entry.receivedAt()));
        ArrayNode plans = json.putArray("plans");
        for (Plan plan : entry.plans()) {
            plans.add(JsonReport.object().put("type", plan.type().name())
                    .put("start", ReportTimes.iso(plan.start()))
                    .put("end", ReportTimes.iso(plan.end()))
                    .put("delete", ReportTimes.iso(plan.delete())));
        }
        return json;
    }

    private static ObjectNode access(AccessEvent access) {
        QueryAuthor author = access.author();
        ObjectNode who = JsonReport.object().put("name", author.displayName());
        if (author instanceof QueryAuthor.Person person) {
            who.put("kind", "person").put("sdsUserId", person.sdsUserId()).put("sdsRoleProfileId", person.sdsRoleProfileId());
        } else {
            who.put("kind", "system").put("asid", ((QueryAuthor.System) author).asid().value());
        }
        who.put("jobRole", author.jobRole().map(Object::toString).orElse(null))
                .put("roleName", AccessAuthors.roleName(author));
        who.set("organisation", JsonReport.organisation(author.organisation()));
        ObjectNode json = JsonReport.object()
                .put("queryId", access.queryId().toString())
                .put("accessedAt", ReportTimes.iso(access.accessedAt()))
                .put("queryTime", ReportTimes.iso(access.queryTime()));
        json.set("author", who);
        return json;
    }

    /** One audit row; shared with the activity report. */
    static ObjectNode audit(AuditEntry row, OrganisationNames organisations) {
        ObjectNode json = JsonReport.object()
                .put("sequence", row.sequence())
                .put("at", ReportTimes.iso(row.event().at()))
                .put("action", row.event().action().name())
                .put("actor", row.event().actor());
        json.set("organisation", row.event().actorOrganisation() == null ? null
                : JsonReport.organisation(row.event().actorOrganisation(),
                        organisations.nameOf(row.event().actorOrganisation()).orElse(null)));
        json.put("nhsNumber", row.event().subjectIfAny().map(Object::toString).orElse(null))
                .put("detail", row.event().detail())
                .put("redacted", row.redacted());
        return json;
    }
}
