package org.cpis.server.report;

import org.cpis.core.model.QueryAuthor;

/** Who made an access, for reports: the worker, their role and their organisation, as the NHS Query named them. */
final class AccessAuthors {

    private AccessAuthors() {
    }

    /** {@code Ms Nia Nurse (SDS user 1001)}, or {@code Sam Supervisor (system ASID 123456789012)}. */
    static String who(QueryAuthor author) {
        if (author instanceof QueryAuthor.Person person) {
            return person.displayName() + " (SDS user " + person.sdsUserId() + ")";
        }
        QueryAuthor.System system = (QueryAuthor.System) author;
        return system.displayName() + " (system ASID " + system.asid() + ")";
    }

    /** {@code Nurse (S0030:G0100:R0570)}, the code alone when no role name was sent, or {@value ReportTimes#NONE}. */
    static String role(QueryAuthor author) {
        String name = roleName(author);
        String code = author.jobRole().map(Object::toString).orElse(null);
        if (code == null) {
            return name == null ? ReportTimes.NONE : name;
        }
        return name == null || name.isBlank() ? code : name + " (" + code + ")";
    }

    static String roleName(QueryAuthor author) {
        if (author instanceof QueryAuthor.Person person) {
            return person.roleName();
        }
        return ((QueryAuthor.System) author).responsibleRoleName();
    }

    /** {@code Example Hospitals NHS Trust (RX1)}. */
    static String organisation(QueryAuthor author) {
        return author.organisation().name() + " (" + author.organisation().code() + ")";
    }
}
