package org.cpis.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.core.access.CertificateBindingPolicyTest.assertRefused;

import java.util.List;
import java.util.Set;
import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.WorkerName;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.InMemoryAccreditedSystems;
import org.cpis.core.testing.InMemoryRoleDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoleBasedAccessPolicyTest {

    private static final AccreditedSystem ED = new AccreditedSystem(Asid.of("200000000123"), "Example ED system",
            OdsCode.of("RX1"), Set.of(InMemoryAccreditedSystems.fingerprint("ed")), true, false);
    private static final AccreditedSystem AMBULANCE = new AccreditedSystem(Asid.of("200000000456"),
            "Example ambulance system", OdsCode.of("RX9"), Set.of(InMemoryAccreditedSystems.fingerprint("amb")), true, true);

    private final InMemoryRoleDirectory directory = new InMemoryRoleDirectory()
            .user("1001", "RP1001", "S0030:G0100:R0570", "B0107", "B0264")
            .user("1002", "RP1002", "R0680", "B0264")
            .put(new DirectoryUser("1003", "Dee", "Doctor", true, List.of(
                    new RoleProfile("RP1003A", JobRoleCode.of("R0260"), Set.of("B0264")),
                    new RoleProfile("RP1003B", JobRoleCode.of("R0050"), Set.of("B0107")))));
    private final RoleBasedAccessPolicy policy = new RoleBasedAccessPolicy(directory);

    private static QueryAuthor.Person person(String userId, String roleProfileId, String jobRole) {
        return new QueryAuthor.Person(userId, roleProfileId, JobRoleCode.of(jobRole), "Role",
                WorkerName.of("Given", "Family"), Fixtures.ED);
    }

    @Test
    @DisplayName("CP-IS042 CP-NHS004: a person whose role profile carries B0107 is allowed")
    void personWithB0107() {
        AccessDecision decision = policy.check(ED, Fixtures.nurse("1001"));

        assertThat(decision).isEqualTo(AccessDecision.allowed(ED));
    }

    @Test
    @DisplayName("CP-IS042 CP-NHS004: a role profile without B0107 is refused, CPIS-A006")
    void personWithoutB0107() {
        AccessDecision decision = policy.check(ED, person("1002", "RP1002", "R0680"));

        assertRefused(decision, AccessRefusal.ACTIVITY_MISSING, "CPIS-A006");
        assertThat(((AccessDecision.Refused) decision).detail()).isEqualTo("role profile RP1002 of SDS user 1002 lacks activity B0107");
    }

    @Test
    @DisplayName("CP-IS042: the role profile the query names decides, not the user's other profiles")
    void theNamedProfileDecides() {
        assertRefused(policy.check(ED, person("1003", "RP1003A", "R0260")), AccessRefusal.ACTIVITY_MISSING, "CPIS-A006");
        assertThat(policy.check(ED, person("1003", "RP1003B", "R0050")).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("CP-IS042: a user unknown to the role directory is refused, CPIS-A004")
    void unknownUser() {
        assertRefused(policy.check(ED, Fixtures.nurse("9999")), AccessRefusal.USER_UNKNOWN, "CPIS-A004");
    }

    @Test
    @DisplayName("CP-IS059: a disabled user is refused at once, CPIS-A005; enabled again, they are allowed")
    void disabledUser() {
        directory.setEnabled("1001", false);
        assertRefused(policy.check(ED, Fixtures.nurse("1001")), AccessRefusal.USER_DISABLED, "CPIS-A005");

        directory.setEnabled("1001", true);
        assertThat(policy.check(ED, Fixtures.nurse("1001")).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("CP-IS059: a disabled system is refused whoever the author, CPIS-A003")
    void disabledSystem() {
        assertRefused(policy.check(ED.withEnabled(false), Fixtures.nurse("1001")), AccessRefusal.SYSTEM_DISABLED, "CPIS-A003");
        assertRefused(policy.check(AMBULANCE.withEnabled(false), Fixtures.system("200000000456")),
                AccessRefusal.SYSTEM_DISABLED, "CPIS-A003");
    }

    @Test
    @DisplayName("CP-IS042: a query naming no role profile is refused, CPIS-A011")
    void noRoleProfileId() {
        assertRefused(policy.check(ED, person("1001", null, "R0570")), AccessRefusal.ROLE_PROFILE_MISSING, "CPIS-A011");
    }

    @Test
    @DisplayName("CP-IS042: a role profile the user does not hold is refused, CPIS-A009")
    void someoneElsesProfile() {
        assertRefused(policy.check(ED, person("1002", "RP1001", "S0030:G0100:R0570")),
                AccessRefusal.ROLE_PROFILE_NOT_THE_USERS, "CPIS-A009");
    }

    @Test
    @DisplayName("CP-IS041 CP-IS042: a job role other than the role profile's is refused (it would decide who sees unborn plans), CPIS-A010")
    void jobRoleNotTheProfiles() {
        assertRefused(policy.check(ED, person("1001", "RP1001", "R0680")), AccessRefusal.JOB_ROLE_NOT_THE_PROFILES, "CPIS-A010");
        assertRefused(policy.check(ED, person("1001", "RP1001", "S0030:G0100:R0680")),
                AccessRefusal.JOB_ROLE_NOT_THE_PROFILES, "CPIS-A010");
        assertThat(policy.check(ED, person("1001", "RP1001", "R0570")).isAllowed()).as("same Rnnnn role id").isTrue();
        assertThat(policy.check(ED, person("1001", "RP1001", "S0030:G0100:R0570")).isAllowed()).isTrue();
    }

    @Test
    void jobRolesMatchByTextOrRoleIds() {
        assertThat(RoleBasedAccessPolicy.sameJobRole(JobRoleCode.of("S0030"), JobRoleCode.of("S0030"))).isTrue();
        assertThat(RoleBasedAccessPolicy.sameJobRole(JobRoleCode.of("S0030"), JobRoleCode.of("S0040"))).isFalse();
        assertThat(RoleBasedAccessPolicy.sameJobRole(JobRoleCode.of("R0680"), JobRoleCode.of("S1:G2:R0680"))).isTrue();
        assertThat(RoleBasedAccessPolicy.sameJobRole(JobRoleCode.of("R0680"), JobRoleCode.of("R0680:R0570"))).isFalse();
    }

    @Test
    @DisplayName("CP-NHS006 CP-NHS019: a device author is allowed when its system is registered for device queries")
    void deviceAuthorAllowedByRegistration() {
        assertThat(policy.check(AMBULANCE, Fixtures.system("200000000456"))).isEqualTo(AccessDecision.allowed(AMBULANCE));
    }

    @Test
    @DisplayName("CP-NHS006 CP-NHS019: a device author of a system not registered for device queries is refused, CPIS-A007")
    void deviceAuthorNotAllowed() {
        assertRefused(policy.check(ED, Fixtures.system("200000000123")), AccessRefusal.DEVICE_QUERIES_NOT_ALLOWED, "CPIS-A007");
    }

    @Test
    @DisplayName("CP-IS042: the operator may also require B0264 (the SCRa route); B0107 cannot be left out")
    void configurableActivities() {
        RoleBasedAccessPolicy withScr = new RoleBasedAccessPolicy(directory,
                Set.of(RoleBasedAccessPolicy.VIEW_CHILD_PROTECTION, RoleBasedAccessPolicy.ACCESS_SCR_APPLICATION));

        assertThat(withScr.check(ED, Fixtures.nurse("1001")).isAllowed()).isTrue();
        assertRefused(withScr.check(ED, person("1003", "RP1003B", "R0050")), AccessRefusal.ACTIVITY_MISSING, "CPIS-A006");
        assertThatThrownBy(() -> new RoleBasedAccessPolicy(directory, Set.of("B0264")))
                .hasMessageContaining("include B0107");
    }

    @Test
    void roleProfilesAndUsersCheckTheirValues() {
        assertThatThrownBy(() -> new RoleProfile("RP1", JobRoleCode.of("R0570"), Set.of("b0107")))
                .hasMessageContaining("'b0107' is not an RBAC activity code");
        assertThatThrownBy(() -> new RoleProfile("RP 1", JobRoleCode.of("R0570"), Set.of()))
                .hasMessageContaining("role profile id");
        RoleProfile profile = new RoleProfile("RP1", JobRoleCode.of("R0570"), Set.of());
        assertThatThrownBy(() -> new DirectoryUser("1", null, null, true, List.of(profile, profile)))
                .hasMessageContaining("twice");
    }
}
