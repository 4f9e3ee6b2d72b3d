package org.cpis.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cpis.core.model.Asid;
import org.cpis.server.logging.Logging;
import org.cpis.server.pki.DevelopmentCa;
import org.cpis.server.pki.PkiFolder;
import org.cpis.server.settings.Setting;
import org.cpis.server.tls.TlsMaterial;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The {@code pki} commands in-process, on a temporary data folder; none of them opens a database. */
class PkiCommandsTest {

    private static final Asid ED = Asid.of("200000000123");

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @AfterEach
    void closeLogFile() {
        Logging.stop();
    }

    static Stream<List<String>> commands() {
        return Stream.of(List.of("pki"), List.of("pki", "init"), List.of("pki", "server"), List.of("pki", "client"),
                List.of("systems"), List.of("systems", "register"), List.of("systems", "list"),
                List.of("systems", "disable"), List.of("systems", "enable"), List.of("systems", "remove-certificate"),
                List.of("systems", "load"), List.of("users"), List.of("users", "load"), List.of("users", "show"),
                List.of("users", "disable"), List.of("users", "enable"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyNewCommandHasHelpListingTheSettingsFlags(List<String> command) {
        String[] args = Stream.concat(command.stream(), Stream.of("--help")).toArray(String[]::new);

        assertThat(run(Map.of(), args)).isZero();
        assertThat(out.toString()).startsWith("Usage: cpis-server " + String.join(" ", command));
        for (Setting setting : Setting.values()) {
            assertThat(out.toString()).contains(setting.flag() + "=");
        }
    }

    @Test
    @DisplayName("CP-NHS018: init, server and client make a CA, a server and a client certificate, saying where")
    void initServerClient() throws Exception {
        Path data = temp.resolve("cpis-data");
        PkiFolder pki = PkiFolder.of(data);

        assertThat(run(Map.of(), "pki", "init", "--data", data.toString())).isZero();
        assertThat(out.toString()).contains("Created the development CA 'CP-IS development CA ",
                pki.caKeystore().toString(), pki.caCertificate().toString(), pki.developmentPassword().toString());
        assertThat(Files.readString(data.resolve("logs").resolve("cpis.log"))).contains("WARN",
                "pki.password is not set: the keystores use the development password in " + pki.developmentPassword(),
                "set CPIS_PKI_PASSWORD");
        assertThat(pki.caKeystore()).exists();
        assertThat(Files.getPosixFilePermissions(pki.caKeystore())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(pki.developmentPassword())).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        assertThat(run(Map.of(), "pki", "server", "--host", "cpis.example.org", "--data", data.toString())).isZero();
        assertThat(out.toString()).contains("Issued the server certificate for cpis.example.org, localhost, 127.0.0.1, ::1",
                pki.serverKeystore().toString(), pki.serverCertificate().toString());

        assertThat(run(Map.of(), "pki", "client", "--asid", "200000000123", "--name", "Example ED system",
                "--data", data.toString())).isZero();
        X509Certificate client = TlsMaterial.readCertificates(pki.clientCertificate(ED)).get(0);
        String fingerprint = TlsMaterial.fingerprint(client).hex();
        assertThat(out.toString()).contains("Issued a client certificate for ASID 200000000123 (Example ED system)",
                pki.clientKeystore(ED).toString(), "SHA-256 fingerprint " + fingerprint,
                "Register it with: cpis-server systems register --asid 200000000123 --name \"Example ED system\""
                        + " --ods ODS-CODE --fingerprint " + fingerprint);
        assertThat(DevelopmentCa.commonName(client)).isEqualTo("200000000123");

        char[] password = Files.readString(pki.developmentPassword()).strip().toCharArray();
        TlsMaterial server = TlsMaterial.load(pki.directory(), password);
        assertThat(server.trustedCertificates().get(0).getSubjectX500Principal())
                .isEqualTo(client.getIssuerX500Principal());
        assertThat(TlsMaterial.load(pki.clientKeystore(ED), password, pki.caCertificate()).certificate()).isEqualTo(client);
    }

    @Test
    void aSetPasswordIsUsedAndNoDevelopmentPasswordIsWritten() throws IOException {
        Path data = temp.resolve("cpis-data");
        Map<String, String> environment = Map.of("CPIS_PKI_PASSWORD", "a-real-secret");

        assertThat(run(environment, "pki", "init", "--data", data.toString())).isZero();
        assertThat(run(environment, "pki", "server", "--data", data.toString())).isZero();

        assertThat(read(data.resolve("logs").resolve("cpis.log"))).doesNotContain("development password");
        assertThat(PkiFolder.of(data).developmentPassword()).doesNotExist();
        assertThat(TlsMaterial.load(PkiFolder.of(data).directory(), "a-real-secret".toCharArray()).certificate()).isNotNull();

        assertThat(run(Map.of("CPIS_PKI_PASSWORD", "another-secret"), "pki", "client", "--asid", "200000000123",
                "--name", "ED", "--data", data.toString())).isEqualTo(CpisServerCli.FAILED);
        assertThat(err.toString()).isEqualTo("cpis-server pki client: cannot open " + PkiFolder.of(data).caKeystore()
                + ": wrong password (the pki.password setting, or the development password file when it is not set)"
                + System.lineSeparator());
    }

    @Test
    void anExistingCaIsReplacedOnlyWithForce() {
        Path data = temp.resolve("cpis-data");
        assertThat(run(Map.of(), "pki", "init", "--data", data.toString())).isZero();

        assertThat(run(Map.of(), "pki", "init", "--data", data.toString())).isEqualTo(CpisServerCli.FAILED);
        assertThat(err.toString()).endsWith("cpis-server pki init: " + PkiFolder.of(data).caKeystore()
                + " already exists (a CA was made before); give --force to replace it" + System.lineSeparator());

        assertThat(run(Map.of(), "pki", "init", "--force", "--data", data.toString())).isZero();
    }

    @Test
    void certificatesBeforeTheCaFailWithOneLineSayingWhatToDo() {
        Path data = temp.resolve("cpis-data");

        assertThat(run(Map.of(), "pki", "server", "--data", data.toString())).isEqualTo(CpisServerCli.FAILED);
        assertThat(err.toString()).startsWith("cpis-server pki server: no PKI password: pki.password (CPIS_PKI_PASSWORD,"
                + " --pki-password) is not set and " + PkiFolder.of(data).developmentPassword() + " does not exist;"
                + " run 'cpis-server pki init' first").hasLineCount(1);

        assertThat(run(Map.of("CPIS_PKI_PASSWORD", "a-real-secret"), "pki", "server", "--data", data.toString()))
                .isEqualTo(CpisServerCli.FAILED);
        assertThat(err.toString()).isEqualTo("cpis-server pki server: " + PkiFolder.of(data).caKeystore()
                + " does not exist; it should hold the development CA: run 'cpis-server pki init' first" + System.lineSeparator());
    }

    @Test
    void badArgumentsAreWrongUsageAndWriteNothing() {
        Path data = temp.resolve("cpis-data");

        assertThat(run(Map.of(), "pki", "server", "--host", "bad host", "--data", data.toString()))
                .isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith("--host 'bad host': not a host name or IP address");
        assertThat(run(Map.of(), "pki", "client", "--asid", "12345", "--name", "X", "--data", data.toString()))
                .isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith("--asid '12345': Accredited System id (ASID) must be 12 digits (CPIS-V010)");
        assertThat(run(Map.of(), "pki", "client", "--asid", "200000000123", "--name", "X", "--device-queries",
                "--data", data.toString())).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith("--device-queries goes with --register");
        assertThat(run(Map.of(), "pki", "init", "--days", "0", "--data", data.toString())).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith("--days '0': use a whole number of days from 1 to 36500");
        assertThat(data).doesNotExist();
    }

    @Test
    void aTooShortPasswordIsABadSetting() {
        int status = run(Map.of(), "pki", "init", "--pki-password", "short", "--data", temp.toString());

        assertThat(status).isEqualTo(CpisServerCli.FAILED);
        assertThat(err.toString()).isEqualTo("cpis-server pki init: flag --pki-password: the password is too short;"
                + " use at least 8 characters" + System.lineSeparator());
    }

    private int run(Map<String, String> environment, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = CpisServerCli.create(environment);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        Logging.stop();
        return status;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
