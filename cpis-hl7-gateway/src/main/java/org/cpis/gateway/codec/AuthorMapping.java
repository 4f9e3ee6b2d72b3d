package org.cpis.gateway.codec;

import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.WorkerName;

/**
 * The internal XML of an author (shared by the query, the response's history and the Access to Service
 * notification) to and from {@link QueryAuthor}. Several given names travel as one space-separated string.
 */
public final class AuthorMapping {

    public static final String PERSON_CONTENT_ID = "COCT_TP145102GB01#AssignedAuthor";
    public static final String SYSTEM_CONTENT_ID = "COCT_TP145104GB01#System";

    private AuthorMapping() {
    }

    public static QueryAuthor read(InternalReader author) {
        Organisation org = organisation(author.required("organisation"));
        if ("person".equals(author.requiredText("kind"))) {
            return new QueryAuthor.Person(author.requiredText("userId"), author.text("roleProfileId"),
                    JobRoleCode.of(author.requiredText("roleCode")), author.text("roleName"), name(author), org);
        }
        WorkerName responsible = null;
        JobRoleCode role = null;
        String roleName = null;
        var r = author.child("responsible");
        if (r.isPresent()) {
            responsible = name(r.get());
            role = r.get().text("roleCode") == null ? null : JobRoleCode.of(r.get().text("roleCode"));
            roleName = r.get().text("roleName");
        }
        return new QueryAuthor.System(Asid.of(author.requiredText("asid")), org, responsible, role, roleName);
    }

    private static WorkerName name(InternalReader r) {
        return new WorkerName(r.text("prefix"), r.text("given"), r.text("family"), r.text("suffix"));
    }

    private static Organisation organisation(InternalReader r) {
        return new Organisation(OdsCode.of(r.requiredText("code")), r.requiredText("name"));
    }

    public static void write(InternalWriter w, QueryAuthor author) {
        if (author instanceof QueryAuthor.Person p) {
            w.start("author").leaf("kind", "person")
                    .leaf("roleCode", p.role().value()).leaf("roleName", p.roleName())
                    .leaf("userId", p.sdsUserId()).leaf("roleProfileId", p.sdsRoleProfileId());
            name(w, p.name());
        } else {
            QueryAuthor.System s = (QueryAuthor.System) author;
            w.start("author").leaf("kind", "system").leaf("asid", s.asid().value());
            if (s.responsiblePerson() != null) {
                w.start("responsible")
                        .leaf("roleCode", s.responsibleRole() == null ? null : s.responsibleRole().value())
                        .leaf("roleName", s.responsibleRoleName());
                name(w, s.responsiblePerson());
                w.end();
            }
        }
        w.start("organisation").leaf("code", author.organisation().code().value())
                .leaf("name", author.organisation().name()).end();
        w.end();
    }

    private static void name(InternalWriter w, WorkerName n) {
        w.leaf("prefix", n.prefix()).leaf("given", n.given()).leaf("family", n.family()).leaf("suffix", n.suffix());
    }
}
