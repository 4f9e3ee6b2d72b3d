package org.cpis.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cpis.server.logging.Logging;
import org.cpis.server.settings.Setting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class CpisServerCliTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void closeLogFile() {
        Logging.stop();
    }

    static Stream<List<String>> commands() {
        return Stream.of(List.of(), List.of("serve"), List.of("demographics"), List.of("demographics", "load"),
                List.of("organisations"), List.of("organisations", "load"), List.of("organisations", "show"),
                List.of("audit"), List.of("audit", "verify"), List.of("report"), List.of("report", "counts"),
                List.of("report", "subject"), List.of("report", "stale-plans"), List.of("report", "activity"),
                List.of("report", "presence"), List.of("retention"), List.of("retention", "sweep"), List.of("bench"),
                List.of("bench", "query"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandHasHelpListingTheSettingsFlags(List<String> command) {
        int status = run(Map.of(), with(command, "--help"));

        assertThat(status).isZero();
        assertThat(out.toString()).startsWith("Usage: cpis-server" + (command.isEmpty() ? "" : " " + String.join(" ", command)));
        for (Setting setting : Setting.values()) {
            assertThat(out.toString()).contains(setting.flag() + "=");
        }
        assertThat(out.toString()).contains("--config=FILE");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandHasVersion(List<String> command) {
        int status = run(Map.of(), with(command, "--version"));

        assertThat(status).isZero();
        assertThat(out.toString()).matches("cpis-server \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }

    @Test
    void settingsFlagsWorkBeforeAndAfterTheCommand() {
        Path before = temp.resolve("before");
        Path after = temp.resolve("after");

        assertThat(dataFolderParsedFrom("--data", before.toString(), "demographics", "load", "people.csv")).isEqualTo(before);
        assertThat(dataFolderParsedFrom("demographics", "load", "people.csv", "--data", after.toString())).isEqualTo(after);
        assertThat(dataFolderParsedFrom("--data", before.toString())).isEqualTo(before);
    }

    @Test
    void unknownCommandIsWrongUsage() {
        int status = run(Map.of(), "restart");

        assertThat(status).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith("Unmatched argument at index 0: 'restart'");
    }

    @Test
    void commandGroupWithoutCommandIsWrongUsage() {
        int status = run(Map.of(), "audit");

        assertThat(status).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith("Missing required subcommand");
    }

    @Test
    void missingInputFileIsWrongUsageAndOpensNoDatabase() {
        Path missing = temp.resolve("people.csv");
        Path dataFolder = temp.resolve("cpis-data");

        int status = run(Map.of(), "demographics", "load", missing.toString(), "--data", dataFolder.toString());

        assertThat(status).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith("file " + missing + " does not exist" + System.lineSeparator() + "Usage: ");
        assertThat(dataFolder).doesNotExist();
    }

    @Test
    void malformedOdsCodeIsWrongUsage() {
        int status = run(Map.of(), "organisations", "show", "x-09", "--data", temp.toString());

        assertThat(status).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith("'x-09' is not an ODS code (3 to 9 upper-case letters or digits)");
    }

    static Stream<Arguments> badReportArguments() {
        return Stream.of(
                Arguments.of(List.of("report", "activity", "--nhs", "123"),
                        "--nhs '123': NHS number must be exactly 10 digits (new style) (CPIS-V002)"),
                Arguments.of(List.of("report", "subject", "9990000019"),
                        "NHS-NUMBER '9990000019': NHS number fails the Modulus 11 check digit (CPIS-V003)"),
                Arguments.of(List.of("report", "subject", "9990000018", "--format", "csv"), "--format 'csv': use text or json"),
                Arguments.of(List.of("report", "counts", "--from", "2026-02-01", "--to", "2026-01-01"),
                        "--from 2026-02-01 is after --to 2026-01-01; give a --from on or before the --to"),
                Arguments.of(List.of("report", "counts", "--to", "01/02/2026"),
                        "--to '01/02/2026': not a date; use YYYY-MM-DD, e.g. 2026-01-31"),
                Arguments.of(List.of("report", "stale-plans", "--format", "xml"), "--format 'xml': use text, csv or json"),
                Arguments.of(List.of("report", "activity", "--action", "RECORD_ACCESSED,LOOKED"),
                        "--action 'LOOKED': not an audit action; use one or more of "
                                + java.util.Arrays.stream(org.cpis.core.audit.AuditAction.values()).map(Enum::name)
                                        .collect(java.util.stream.Collectors.joining(", "))),
                Arguments.of(List.of("report", "activity", "--org", "rx1!"),
                        "--org 'rx1!': ODS code must be 3 to 9 upper-case letters or digits, e.g. RX1 (CPIS-V004)"),
                Arguments.of(List.of("report", "activity", "--limit", "-5"),
                        "--limit '-5': not a positive whole number; use 1 or more, e.g. 500"),
                Arguments.of(List.of("report", "presence", "9990000018", "--at", "noon"),
                        "--at 'noon': not a moment; use an instant such as 2026-01-31T14:30:00Z, a time on England's"
                                + " clock such as 2026-01-31T14:30, or a date such as 2026-01-31 (the end of that day)"),
                Arguments.of(List.of("report", "presence", "9990000018"),
                        "Missing required option: '--at=WHEN'"));
    }

    @ParameterizedTest
    @MethodSource("badReportArguments")
    void badReportArgumentIsWrongUsageWithOneLineNamingItAndOpensNoDatabase(List<String> command, String message) {
        Path dataFolder = temp.resolve("cpis-data");

        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--data", dataFolder.toString()));
        int status = run(Map.of(), args.toArray(String[]::new));

        assertThat(status).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith(message + System.lineSeparator() + "Usage: cpis-server report ");
        assertThat(out.toString()).isEmpty();
        assertThat(dataFolder).doesNotExist();
    }

    @Test
    void badSettingFromTheEnvironmentFailsWithOneLineNamingIt() {
        int status = run(Map.of("CPIS_DB_PORT", "54x2"), "audit", "verify", "--data", temp.toString());

        assertThat(status).isEqualTo(CpisServerCli.FAILED);
        assertThat(err.toString()).isEqualTo("cpis-server audit verify: environment variable CPIS_DB_PORT: '54x2'"
                + " is not a port number; use 1 to 65535, or 0 for any free port" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void dataFolderThatCannotBeSetUpFailsWithOneLine() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");

        int status = run(Map.of(), "audit", "verify", "--data", file.resolve("cpis-data").toString());

        assertThat(status).isEqualTo(CpisServerCli.FAILED);
        assertThat(err.toString()).startsWith("cpis-server audit verify: data folder " + file.resolve("cpis-data")
                + " cannot be set up: ").hasLineCount(1);
    }

    @Test
    void takenEmbeddedDatabasePortFailsWithOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int status = run(Map.of(), "audit", "verify", "--data", temp.toString(),
                    "--db-port", String.valueOf(taken.getLocalPort()));

            assertThat(status).isEqualTo(CpisServerCli.FAILED);
            assertThat(err.toString()).isEqualTo("cpis-server audit verify: port " + taken.getLocalPort()
                    + " for the embedded database is already in use; choose another with --db-port or CPIS_DB_PORT,"
                    + " or 0 for any free port" + System.lineSeparator());
        }
    }

    @Test
    void unreachableExternalDatabaseFailsWithOneLine() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/cpis";

        int status = run(Map.of("CPIS_DB_URL", url, "CPIS_DB_USER", "cpis", "CPIS_DB_PASSWORD", "secret"),
                "audit", "verify", "--data", temp.toString());

        assertThat(status).isEqualTo(CpisServerCli.FAILED);
        assertThat(err.toString()).startsWith("cpis-server audit verify: cannot connect to " + url + " as user cpis: ")
                .doesNotContain("secret").hasLineCount(1);
    }

    private Path dataFolderParsedFrom(String... args) {
        CommandLine cli = CpisServerCli.create(Map.of());
        cli.parseArgs(args);
        SettingsOptions options = (SettingsOptions) cli.getCommandSpec().mixins().get("settings").userObject();
        return options.settings().dataFolder();
    }

    private int run(Map<String, String> environment, String... args) {
        CommandLine cli = CpisServerCli.create(environment);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String[] with(List<String> command, String flag) {
        List<String> args = new ArrayList<>(command);
        args.add(flag);
        return args.toArray(String[]::new);
    }
}
