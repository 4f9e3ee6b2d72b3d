package org.cpis.core.model;

import java.util.Optional;

/**
 * Who made an NHS Query: a smartcard user (COCT_TP145102GB01 AssignedAuthor) or, when no user is logged
 * in, an accredited system with its nominated responsible person (COCT_TP145104GB01 System).
 */
public sealed interface QueryAuthor permits QueryAuthor.Person, QueryAuthor.System {

    /** The NHS organisation the query came from (CP-NHS003). */
    Organisation organisation();

    /** The job role that decides whether unborn-child plans may be seen (CP-IS041), if any. */
    Optional<JobRoleCode> jobRole();

    /** A stable key for "the same worker" in the first-access-per-24-hours rule (CP-IS047). */
    String workerKey();

    /** The worker's name as people read it. */
    String displayName();

    /**
     * A smartcard user.
     *
     * @param sdsUserId        SDS user id (root 1.2.826.0.1285.0.2.0.65)
     * @param sdsRoleProfileId SDS user role profile id (root 1.2.826.0.1285.0.2.0.67), or {@code null} when
     *                         the sender did not know it (sent with nullFlavor NI)
     */
    record Person(String sdsUserId, String sdsRoleProfileId, JobRoleCode role, String roleName, WorkerName name,
                  Organisation organisation) implements QueryAuthor {

        public Person {
            if (sdsUserId == null || sdsUserId.isBlank()) {
                throw new IllegalArgumentException("an author person needs an SDS user id");
            }
            java.util.Objects.requireNonNull(role, "role");
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(organisation, "organisation");
        }

        @Override
        public Optional<JobRoleCode> jobRole() {
            return Optional.of(role);
        }

        @Override
        public String workerKey() {
            return "sds:" + sdsUserId;
        }

        @Override
        public String displayName() {
            return name.display();
        }
    }

    /**
     * An accredited system querying on its own, with the nominated responsible person when one is sent.
     */
    record System(Asid asid, Organisation organisation, WorkerName responsiblePerson,
                  JobRoleCode responsibleRole, String responsibleRoleName) implements QueryAuthor {

        public System {
            java.util.Objects.requireNonNull(asid, "asid");
            java.util.Objects.requireNonNull(organisation, "organisation");
        }

        @Override
        public Optional<JobRoleCode> jobRole() {
            return Optional.ofNullable(responsibleRole);
        }

        @Override
        public String workerKey() {
            return "asid:" + asid.value() + (responsiblePerson == null ? "" : "/" + responsiblePerson.display());
        }

        @Override
        public String displayName() {
            return responsiblePerson == null ? "System " + asid.value() : responsiblePerson.display();
        }
    }
}
