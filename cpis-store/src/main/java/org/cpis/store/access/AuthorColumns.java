package org.cpis.store.access;

import static org.cpis.store.jooq.Tables.ACCESS_EVENT;

import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.WorkerName;
import org.cpis.store.jooq.tables.records.AccessEventRecord;
import org.jooq.Record;

/**
 * How the author of an NHS Query maps to the {@code author_*} columns of an access event. A smartcard user is
 * kind PERSON; an accredited system is kind SYSTEM, whose job role, role name and name columns hold its
 * responsible person's, when one was sent.
 */
final class AuthorColumns {

    static final String PERSON = "PERSON";
    static final String SYSTEM = "SYSTEM";

    private AuthorColumns() {
    }

    static void write(QueryAuthor author, AccessEventRecord row) {
        row.setAuthorOrgCode(author.organisation().code().value());
        row.setAuthorOrgName(author.organisation().name());
        if (author instanceof QueryAuthor.Person person) {
            row.setAuthorKind(PERSON);
            row.setAuthorSdsUserId(person.sdsUserId());
            row.setAuthorSdsRoleProfileId(person.sdsRoleProfileId());
            row.setAuthorJobRoleCode(person.role().value());
            row.setAuthorRoleName(person.roleName());
            writeName(person.name(), row);
        } else if (author instanceof QueryAuthor.System system) {
            row.setAuthorKind(SYSTEM);
            row.setAuthorAsid(system.asid().value());
            row.setAuthorJobRoleCode(system.responsibleRole() == null ? null : system.responsibleRole().value());
            row.setAuthorRoleName(system.responsibleRoleName());
            writeName(system.responsiblePerson(), row);
        } else {
            throw new IllegalArgumentException("unknown kind of query author: " + author);
        }
    }

    static QueryAuthor read(Record row) {
        Organisation organisation = new Organisation(new OdsCode(row.get(ACCESS_EVENT.AUTHOR_ORG_CODE)),
                row.get(ACCESS_EVENT.AUTHOR_ORG_NAME));
        String role = row.get(ACCESS_EVENT.AUTHOR_JOB_ROLE_CODE);
        String kind = row.get(ACCESS_EVENT.AUTHOR_KIND);
        if (PERSON.equals(kind)) {
            return new QueryAuthor.Person(row.get(ACCESS_EVENT.AUTHOR_SDS_USER_ID),
                    row.get(ACCESS_EVENT.AUTHOR_SDS_ROLE_PROFILE_ID), new JobRoleCode(role),
                    row.get(ACCESS_EVENT.AUTHOR_ROLE_NAME), readName(row), organisation);
        }
        if (SYSTEM.equals(kind)) {
            return new QueryAuthor.System(new Asid(row.get(ACCESS_EVENT.AUTHOR_ASID)), organisation, readName(row),
                    role == null ? null : new JobRoleCode(role), row.get(ACCESS_EVENT.AUTHOR_ROLE_NAME));
        }
        throw new IllegalStateException("access event " + row.get(ACCESS_EVENT.ACCESS_ID) + " has unknown author kind "
                + kind);
    }

    private static void writeName(WorkerName name, AccessEventRecord row) {
        if (name != null) {
            row.setAuthorNamePrefix(name.prefix());
            row.setAuthorNameGiven(name.given());
            row.setAuthorNameFamily(name.family());
            row.setAuthorNameSuffix(name.suffix());
        }
    }

    /** The name, or {@code null} when none was stored (a system without a responsible person). */
    private static WorkerName readName(Record row) {
        String prefix = row.get(ACCESS_EVENT.AUTHOR_NAME_PREFIX);
        String given = row.get(ACCESS_EVENT.AUTHOR_NAME_GIVEN);
        String family = row.get(ACCESS_EVENT.AUTHOR_NAME_FAMILY);
        String suffix = row.get(ACCESS_EVENT.AUTHOR_NAME_SUFFIX);
        if (prefix == null && given == null && family == null && suffix == null) {
            return null;
        }
        return new WorkerName(prefix, given, family, suffix);
    }
}
