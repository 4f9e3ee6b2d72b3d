package org.cpis.store.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.cpis.core.access.AccessDecision;
import org.cpis.core.access.AccessRefusal;
import org.cpis.core.access.AccreditedSystem;
import org.cpis.core.access.CertificateFingerprint;
import org.cpis.core.access.QueryAccessPolicy;
import org.cpis.core.access.SenderClaims;
import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.WorkerName;
import org.cpis.core.testing.Fixtures;
import org.cpis.store.CpisDatabase;
import org.cpis.store.roles.RoleDirectoryCsv;
import org.cpis.store.systems.AccreditedSystemCsv;
import org.cpis.store.testing.SharedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may ask, decided by the core's policies over the real tables, loaded from the sample files in docs/samples. */
@ExtendWith(SharedDatabase.class)
class AccessControlOnPostgresIT {

    private static final Asid ED = Asid.of("200000000123");
    private static final Asid AMBULANCE = Asid.of("200000000456");
    private static final CertificateFingerprint ED_CERT =
            CertificateFingerprint.ofCertificate("ED client certificate".getBytes(StandardCharsets.UTF_8));
    private static final CertificateFingerprint AMBULANCE_CERT = CertificateFingerprint.ofCertificate(
            "CP-IS sample certificate: ambulance".getBytes(StandardCharsets.UTF_8));

    private final CpisDatabase database;
    private final QueryAccessPolicy policy;

    AccessControlOnPostgresIT(CpisDatabase database) {
        this.database = database;
        this.policy = QueryAccessPolicy.standard(database.accreditedSystems(), database.roleDirectory());
    }

    @BeforeEach
    void loadTheSamples() {
        SharedDatabase.emptyTables(database);
        new AccreditedSystemCsv(database.accreditedSystems()).load(Path.of("../docs/samples/systems.csv"));
        new RoleDirectoryCsv(database.roleDirectory()).load(Path.of("../docs/samples/roles.csv"));
        database.accreditedSystems().register(new AccreditedSystem(ED, "Example ED system", OdsCode.of("RX1"),
                Set.of(ED_CERT), true, false));
    }

    private static QueryAuthor.Person sample(String userId, String roleProfileId, String jobRole) {
        return new QueryAuthor.Person(userId, roleProfileId, JobRoleCode.of(jobRole), "Role",
                WorkerName.of("Sample", "User"), Fixtures.ED);
    }

    private AccessDecision ask(CertificateFingerprint certificate, Asid asid, QueryAuthor author) {
        return policy.check(certificate, SenderClaims.of(asid, List.of(asid), author), author);
    }

    private static void assertRefused(AccessDecision decision, AccessRefusal reason) {
        assertThat(decision).isInstanceOfSatisfying(AccessDecision.Refused.class, r -> assertThat(r.reason()).isEqualTo(reason));
    }

    @Test
    @DisplayName("CP-NHS018 CP-IS042: the sample nurse through the ED system's certificate may ask; the receptionist may not")
    void sampleRoles() {
        assertThat(ask(ED_CERT, ED, sample("555000000101", "555000100101", "S0030:G0100:R0570")).isAllowed()).isTrue();
        assertThat(ask(ED_CERT, ED, sample("555000000102", "555000100102", "R0680")).isAllowed()).isTrue();
        assertRefused(ask(ED_CERT, ED, sample("555000000104", "555000100104", "R8008")), AccessRefusal.ACTIVITY_MISSING);
        assertRefused(ask(ED_CERT, ED, sample("555000000103", "555000100203", "R0260")), AccessRefusal.ACTIVITY_MISSING);
        assertRefused(ask(ED_CERT, ED, sample("555000000105", "555000100105", "R0570")), AccessRefusal.USER_DISABLED);
        assertRefused(ask(ED_CERT, AMBULANCE, sample("555000000101", "555000100101", "R0570")),
                AccessRefusal.ASID_NOT_THE_CERTIFICATES);
    }

    @Test
    @DisplayName("CP-NHS006 CP-NHS019: the sample ambulance system may query as a device; the ED system may not")
    void deviceQueries() {
        assertThat(ask(AMBULANCE_CERT, AMBULANCE, Fixtures.system(AMBULANCE.value())).isAllowed()).isTrue();
        assertRefused(ask(ED_CERT, ED, Fixtures.system(ED.value())), AccessRefusal.DEVICE_QUERIES_NOT_ALLOWED);
    }

    @Test
    @DisplayName("CP-IS059: disabling a user or a system in the database refuses the very next query")
    void disablingTakesEffectAtOnce() {
        QueryAuthor nurse = sample("555000000101", "555000100101", "R0570");
        assertThat(ask(ED_CERT, ED, nurse).isAllowed()).isTrue();

        database.roleDirectory().setEnabled("555000000101", false);
        assertRefused(ask(ED_CERT, ED, nurse), AccessRefusal.USER_DISABLED);

        database.roleDirectory().setEnabled("555000000101", true);
        database.accreditedSystems().setEnabled(ED, false);
        assertRefused(ask(ED_CERT, ED, nurse), AccessRefusal.SYSTEM_DISABLED);

        database.accreditedSystems().setEnabled(ED, true);
        assertThat(ask(ED_CERT, ED, nurse).isAllowed()).isTrue();
    }
}
