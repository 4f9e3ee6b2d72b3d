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
        return read(AuthorFields.of(author));
    }

    /** The domain's author of a template as read; a value the wire does not allow is an {@code InvalidValueException}. */
    public static QueryAuthor read(AuthorFields author) {
        Organisation org = new Organisation(OdsCode.of(WireText.required(author.organisationCode(), "organisation code")),
                WireText.required(author.organisationName(), "organisation name"));
        if (author.person()) {
            return new QueryAuthor.Person(WireText.required(author.userId(), "userId"), author.roleProfileId(),
                    JobRoleCode.of(WireText.required(author.roleCode(), "roleCode")), author.roleName(),
                    name(author.name()), org);
        }
        WorkerName responsible = null;
        JobRoleCode role = null;
        String roleName = null;
        AuthorFields.Responsible r = author.responsible();
        if (r != null) {
            responsible = name(r.name());
            role = r.roleCode() == null ? null : JobRoleCode.of(r.roleCode());
            roleName = r.roleName();
        }
        return new QueryAuthor.System(Asid.of(WireText.required(author.asid(), "asid")), org, responsible, role, roleName);
    }

    private static WorkerName name(AuthorFields.Name n) {
        return new WorkerName(n.prefix(), n.given(), n.family(), n.suffix());
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
