package org.cpis.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cpis.core.access.AccessDecision;
import org.cpis.core.access.AccessRefusal;
import org.cpis.core.access.AccreditedSystem;
import org.cpis.core.access.CertificateFingerprint;
import org.cpis.core.access.QueryAccessPolicy;
import org.cpis.core.access.SenderClaims;
import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.WorkerName;
import org.cpis.core.testing.Fixtures;
import org.cpis.server.logging.Logging;
import org.cpis.server.pki.PkiFolder;
import org.cpis.server.tls.TlsMaterial;
import org.cpis.store.CpisDatabase;
import org.cpis.store.DatabaseSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code pki}, {@code systems} and {@code users} commands as an operator runs them, in-process. One embedded
 * PostgreSQL is started for the whole class and the commands reach it as an external database ({@code CPIS_DB_URL}),
 * so that the test can see, between two commands, what the NHS Query endpoint would decide with the core's policy
 * over the same tables (CP-IS059: at once).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessCommandsIT {

    private static final Asid ED = Asid.of("200000000123");
    private static final Path SAMPLES = Path.of("../docs/samples");

    @TempDir
    static Path temp;

    private static CpisDatabase database;
    private static Map<String, String> environment;
    private static Path dataFolder;
    private static QueryAccessPolicy policy;
    private static CertificateFingerprint edCertificate;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void startTheDatabase() {
        database = CpisDatabase.open(DatabaseSettings.embedded(temp.resolve("postgres-folder")));
        String url = database.dsl().connectionResult(c -> c.getMetaData().getURL());
        environment = Map.of("CPIS_DB_URL", url, "CPIS_DB_USER", "postgres", "CPIS_PKI_PASSWORD", "it-pki-password");
        dataFolder = temp.resolve("cpis-data");
        policy = QueryAccessPolicy.standard(database.accreditedSystems(), database.roleDirectory());
    }

    @AfterAll
    static void stopTheDatabase() {
        Logging.stop();
        database.close();
    }

    private static QueryAuthor.Person nurse() {
        return new QueryAuthor.Person("555000000101", "555000100101", JobRoleCode.of("S0030:G0100:R0570"), "Nurse",
                WorkerName.of("Nia", "Testnurse"), Fixtures.ED);
    }

    private static AccessDecision ask(CertificateFingerprint certificate, Asid asid, QueryAuthor author) {
        return policy.check(certificate, SenderClaims.of(asid, List.of(asid), author), author);
    }

    private static void assertRefused(AccessDecision decision, AccessRefusal reason) {
        assertThat(decision).isInstanceOfSatisfying(AccessDecision.Refused.class, r -> assertThat(r.reason()).isEqualTo(reason));
    }

    @Test
    @Order(1)
    @DisplayName("CP-NHS018 CP-IS042: the sample systems and role directory load from docs/samples")
    void loadTheSamples() {
        assertThat(run("systems", "load", SAMPLES.resolve("systems.csv").toString())).isZero();
        assertThat(out.toString()).startsWith("Loaded 3 accredited systems from ");
        assertThat(run("users", "load", SAMPLES.resolve("roles.csv").toString())).isZero();
        assertThat(out.toString()).startsWith("Loaded 5 users from ");
    }

    @Test
    @Order(2)
    @DisplayName("CP-NHS018: pki client --register puts a new certificate for a listed system on the allow-list")
    void clientCertificateRegistered() {
        assertThat(run("pki", "init")).isZero();
        assertThat(run("pki", "client", "--asid", ED.value(), "--name", "Example ED system", "--register")).isZero();

        PkiFolder pki = PkiFolder.of(dataFolder);
        edCertificate = TlsMaterial.fingerprint(TlsMaterial.readCertificates(pki.clientCertificate(ED)).get(0));
        assertThat(out.toString()).contains("SHA-256 fingerprint " + edCertificate,
                "Registered system 200000000123 (Example ED system, RX1): enabled, person authors only, 1 certificate");
        assertThat(database.accreditedSystems().byCertificate(edCertificate).orElseThrow().asid()).isEqualTo(ED);
        assertThat(ask(edCertificate, ED, nurse()).isAllowed()).isTrue();
    }

    @Test
    @Order(3)
    void clientOfANewSystemNeedsItsOdsCode() {
        assertThat(run("pki", "client", "--asid", "200000000321", "--name", "New system", "--register"))
                .isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith("--ods: system 200000000321 is not registered yet; give the ODS code");
        assertThat(PkiFolder.of(dataFolder).clientKeystore(Asid.of("200000000321"))).doesNotExist();

        assertThat(run("pki", "client", "--asid", "200000000321", "--name", "New system", "--ods", "RX9",
                "--device-queries", "--register")).isZero();
        AccreditedSystem registered = database.accreditedSystems().byAsid(Asid.of("200000000321")).orElseThrow();
        assertThat(registered.deviceQueriesAllowed()).isTrue();
        assertThat(ask(registered.certificates().iterator().next(), registered.asid(), Fixtures.system("200000000321"))
                .isAllowed()).isTrue();
    }

    @Test
    @Order(4)
    @DisplayName("CP-NHS018: systems register takes fingerprints and certificate files; a certificate belongs to one system")
    void register() throws IOException {
        Path edPem = PkiFolder.of(dataFolder).clientCertificate(ED);
        assertThat(run("systems", "register", "--asid", "200000000555", "--name", "Another", "--ods", "RX1",
                "--certificate", edPem.toString())).isEqualTo(CpisServerCli.FAILED);
        assertThat(err.toString()).isEqualTo("cpis-server systems register: certificate SHA-256 " + edCertificate
                + " is already registered for system 200000000123; a certificate belongs to one system only"
                + System.lineSeparator());

        CertificateFingerprint other = CertificateFingerprint.ofCertificate("another".getBytes());
        assertThat(run("systems", "register", "--asid", "200000000555", "--name", "Another", "--ods", "RX1",
                "--fingerprint", other.colonSeparated())).isZero();
        assertThat(out.toString()).isEqualTo("Registered system 200000000555:" + System.lineSeparator()
                + "  200000000555  Another (RX1)  enabled, person authors only" + System.lineSeparator()
                + "    certificate SHA-256 " + other + System.lineSeparator());

        assertThat(run("systems", "register", "--asid", "200000000666", "--fingerprint", other.hex()))
                .isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith("system 200000000666 is not registered yet: give its --name and the --ods code");
        assertThat(run("systems", "register", "--asid", "200000000555", "--fingerprint", "abc"))
                .isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith("--fingerprint 'abc': not a SHA-256 certificate fingerprint");
        Files.writeString(temp.resolve("not-a-certificate.pem"), "hello");
        assertThat(run("systems", "register", "--asid", "200000000555", "--certificate",
                temp.resolve("not-a-certificate.pem").toString())).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith("--certificate " + temp.resolve("not-a-certificate.pem") + ": ");
    }

    @Test
    @Order(5)
    void list() {
        assertThat(run("systems", "list")).isZero();

        assertThat(out.toString()).startsWith("5 accredited systems:").contains(
                "  200000000123  Example ED system (RX1)  enabled, person authors only" + System.lineSeparator()
                        + "    certificate SHA-256 " + edCertificate,
                "  200000000456  Example ambulance dispatch system (RX9)  enabled, device queries allowed",
                "  200000000789  Example out-of-hours system (retired) (RX1)  DISABLED, person authors only");
    }

    @Test
    @Order(6)
    @DisplayName("CP-IS059: systems disable refuses the system's next query at once; enable lets it in again")
    void disableAndEnableASystem() {
        assertThat(run("systems", "disable", ED.value())).isZero();
        assertThat(out.toString()).isEqualTo("System 200000000123 (Example ED system) is disabled: its messages are refused"
                + " from now on (CPIS-A003)" + System.lineSeparator());
        assertRefused(ask(edCertificate, ED, nurse()), AccessRefusal.SYSTEM_DISABLED);

        assertThat(run("systems", "enable", ED.value())).isZero();
        assertThat(ask(edCertificate, ED, nurse()).isAllowed()).isTrue();

        assertThat(run("systems", "disable", "200000000999")).isEqualTo(CpisServerCli.FAILED);
        assertThat(err.toString()).isEqualTo("cpis-server systems disable: no system with ASID 200000000999 is registered;"
                + " see 'cpis-server systems list'" + System.lineSeparator());
        assertThat(run("systems", "disable", "2000")).isEqualTo(CommandLine.ExitCode.USAGE);
    }

    @Test
    @Order(7)
    @DisplayName("CP-IS059: users disable refuses the user's next query at once; enable lets them in again")
    void disableAndEnableAUser() {
        assertThat(run("users", "disable", "555000000101")).isZero();
        assertThat(out.toString()).isEqualTo("SDS user 555000000101 is disabled: their queries are refused from now on"
                + " (CPIS-A005)" + System.lineSeparator());
        assertRefused(ask(edCertificate, ED, nurse()), AccessRefusal.USER_DISABLED);

        assertThat(run("users", "enable", "555000000101")).isZero();
        assertThat(ask(edCertificate, ED, nurse()).isAllowed()).isTrue();

        assertThat(run("users", "disable", "555000000999")).isEqualTo(CpisServerCli.FAILED);
        assertThat(err.toString()).startsWith("cpis-server users disable: no SDS user 555000000999 is in the role directory");
    }

    @Test
    @Order(8)
    @DisplayName("CP-IS042: users show gives each role profile and whether it carries B0107")
    void showAUser() {
        assertThat(run("users", "show", "555000000103")).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "SDS user 555000000103: Dee Testdoctor, enabled",
                "  role profile 555000100103  job role S0010:G0020:R0050  activities B0107, B0264  (may query CP-IS)",
                "  role profile 555000100203  job role S0010:G0020:R0260  activities B0264  (lacks B0107: cannot query CP-IS)");

        assertThat(run("users", "show", "555000000105")).isZero();
        assertThat(out.toString()).startsWith("SDS user 555000000105: Ann Testleaver, DISABLED (queries refused, CPIS-A005)");
        assertThat(run("users", "show", "555000000999")).isEqualTo(CpisServerCli.ANSWER_NO);
        assertThat(out.toString()).isEqualTo("SDS user 555000000999 is not in the role directory" + System.lineSeparator());
    }

    @Test
    @Order(9)
    @DisplayName("CP-NHS018: a removed certificate is refused from the next message on (CPIS-A001)")
    void removeACertificate() {
        assertThat(run("systems", "remove-certificate", edCertificate.colonSeparated())).isZero();
        assertThat(out.toString()).startsWith("Removed the certificate SHA-256 " + edCertificate + " of system 200000000123");
        assertRefused(ask(edCertificate, ED, nurse()), AccessRefusal.CERTIFICATE_NOT_REGISTERED);

        assertThat(run("systems", "remove-certificate", edCertificate.hex())).isEqualTo(CpisServerCli.FAILED);
        assertThat(err.toString()).isEqualTo("cpis-server systems remove-certificate: no system is registered with the"
                + " certificate SHA-256 " + edCertificate + System.lineSeparator());
    }

    @Test
    @Order(10)
    void badCsvIsRefusedByLineAndNothingIsLoaded() throws IOException {
        Path roles = Files.writeString(temp.resolve("roles.csv"), """
                user_id,role_profile_id,job_role_code,activities
                555000000900,555000100900,R0570,B0107
                555000000901,555000100901,R0570,View CP-IS
                """);

        assertThat(run("users", "load", roles.toString())).isEqualTo(CpisServerCli.FAILED);
        assertThat(err.toString()).isEqualTo("cpis-server users load: roles.csv line 3, column activities: 'View CP-IS' is not"
                + " a list of activity codes separated by '|', e.g. B0107|B0264; nothing was loaded" + System.lineSeparator());
        assertThat(database.roleDirectory().user("555000000900")).isEmpty();
    }

    private int run(String... args) {
        CommandLine cli = CpisServerCli.create(environment);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] withData = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--data", dataFolder.toString())).toArray(String[]::new);
        return cli.execute(withData);
    }
}
