package org.cpis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.cpis.server.cli.CpisServerCli;
import org.cpis.server.runtime.CpisService;
import org.cpis.server.runtime.StopOnShutdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as an operator runs it: one command starts the service, SIGTERM stops it, the data stays. */
class CpisServerIT {

    private static final Duration READY_WITHIN = Duration.ofSeconds(120);
    private static final Duration STOPPED_WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void serviceStartsStopsCleanlyAndComesBackWithItsData() throws Exception {
        Path dataFolder = temp.resolve("cpis-data");
        Path people = Files.writeString(temp.resolve("people.csv"), """
                nhs_number,birth_date,given_name,family_name
                9990000018,2015-03-01,Amy,Smith
                9990000026,2019-11-30,Ben,Jones
                """);
        Path organisations = Files.writeString(temp.resolve("organisations.csv"), """
                ods_code,name,role
                X09,Exampleshire County Council,Local Authority
                """);
        String data = dataFolder.toString();

        // without TLS keys the service still starts (issue 2: ready on a fresh machine), with the NHS Query endpoint
        // off and the ready line naming the commands that switch it on
        try (ServerJar fresh = ServerJar.start("--data", data, "--query-port", "0", "--mesh-port", "0")) {
            String ready = fresh.awaitStdoutLine(line -> line.startsWith(CpisService.READY), READY_WITHIN);
            assertThat(ready).contains(", NHS Query endpoint off (no TLS keys in " + dataFolder.resolve("pki")
                    + ": run 'cpis-server pki init' and then 'cpis-server pki server' to switch it on (or set"
                    + " query.http=true for a local demo over plain HTTP)), LA folder door "
                    + dataFolder.resolve("mailboxes") + ", MESH door off (no TLS keys in " + dataFolder.resolve("pki")
                    + ": run 'cpis-server pki init' and then 'cpis-server pki server' to switch it on (or set"
                    + " mesh.http=true for a local demo over plain HTTP); the folder door works without), CP-IS mailbox"
                    + " CPIS0001");
            assertThat(fresh.terminate(STOPPED_WITHIN)).as("exit status after SIGTERM; stderr:\n%s", fresh.stderr()).isZero();
        }
        ServerJar.run("pki", "init", "--data", data).assertSucceeded();
        ServerJar.run("pki", "server", "--data", data).assertSucceeded();

        // first start: a new data folder; admin commands reach its running database (no second server on the same
        // files, no need to stop the service to change something at once); SIGTERM is a clean stop
        try (ServerJar first = ServerJar.start("--data", data, "--query-port", "0", "--mesh-port", "0")) {
            String ready = first.awaitStdoutLine(line -> line.startsWith(CpisService.READY), READY_WITHIN);
            assertThat(ready).matches(Pattern.quote("CP-IS ready: data folder " + dataFolder + ", database embedded PostgreSQL ")
                    + "16\\.\\d+" + Pattern.quote(" at " + dataFolder.resolve("postgres") + " on port ") + "\\d+"
                    + Pattern.quote(", NHS Query endpoint https://localhost:") + "\\d+" + Pattern.quote("/cpisquery (mutual TLS)")
                    + Pattern.quote(", LA folder door " + dataFolder.resolve("mailboxes") + ", MESH door https://localhost:")
                    + "\\d+" + Pattern.quote(" (mutual TLS), CP-IS mailbox CPIS0001"));

            assertThat(ServerJar.run("organisations", "load", organisations.toString(), "--data", data)
                    .assertSucceeded().stdout()).isEqualTo("Loaded 1 organisations from " + organisations);
            assertThat(ServerJar.run("organisations", "show", "X09", "--data", data).assertSucceeded().stdout())
                    .isEqualTo("X09: Exampleshire County Council (Local Authority)");

            assertThat(first.terminate(STOPPED_WITHIN)).as("exit status after SIGTERM; stderr:\n%s", first.stderr()).isZero();
            assertThat(first.drainStdout()).containsExactly(ready);
            assertThat(log(dataFolder)).contains(StopOnShutdown.STOPPED)
                    .contains("Retention sweep runs daily at 02:30 Europe/London; next run ");
        }

        // admin commands between the runs: bad input is refused whole, good input is loaded
        Path badPeople = Files.writeString(temp.resolve("bad-people.csv"), """
                nhs_number,birth_date,given_name,family_name
                9990000019,2015-03-01,Amy,Smith
                """);
        ServerJar.Finished rejected = ServerJar.run("demographics", "load", badPeople.toString(), "--data", data);
        assertThat(rejected.status()).isEqualTo(CpisServerCli.FAILED);
        assertThat(rejected.stderr()).startsWith("cpis-server demographics load: bad-people.csv line 2, column nhs_number: ")
                .endsWith("; nothing was loaded\n").hasLineCount(1);

        assertThat(ServerJar.run("demographics", "load", people.toString(), "--data", data).assertSucceeded().stdout())
                .isEqualTo("Loaded 2 people into the demographics table from " + people);
        assertThat(ServerJar.run("--data", data, "organisations", "load", organisations.toString()).assertSucceeded().stdout())
                .isEqualTo("Loaded 1 organisations from " + organisations);

        // second start on the same folder, quiet, without the daily retention sweep, NHS Queries over plain HTTP for a
        // local demo: the ready line is printed all the same, and the plain HTTP is warned about
        try (ServerJar second = ServerJar.start("--data", data, "--log-level", "warn", "--retention-time", "off",
                "--query-http", "true", "--query-port", "0", "--query-path", "/demo/cpisquery", "--mesh-port", "0")) {
            String readyAgain = second.awaitStdoutLine(line -> line.startsWith(CpisService.READY), READY_WITHIN);
            assertThat(readyAgain).startsWith("CP-IS ready: data folder " + dataFolder + ", database embedded PostgreSQL ")
                    .contains(" at " + dataFolder.resolve("postgres") + " on port ")
                    .containsPattern(", NHS Query endpoint http://localhost:\\d+/demo/cpisquery \\(PLAIN HTTP, local demo only\\),");
            assertThat(second.terminate(STOPPED_WITHIN)).as("exit status after SIGTERM; stderr:\n%s", second.stderr()).isZero();
            assertThat(second.stderr()).as("log lines below WARN").doesNotContain(" INFO ")
                    .contains("WARN  CpisService - Retention sweep is off (retention.time=off)")
                    .contains("query.http=true: the NHS Query endpoint serves PLAIN HTTP on 127.0.0.1 WITHOUT CLIENT CERTIFICATES");
        }

        // the data survived both runs; the schema was migrated once; no personal data in the log
        assertThat(ServerJar.run("organisations", "show", "X09", "--data", data).assertSucceeded().stdout())
                .isEqualTo("X09: Exampleshire County Council (Local Authority)");
        assertThat(ServerJar.run("audit", "verify", "--data", data).assertSucceeded().stdout())
                .isEqualTo("Audit trail intact: 0 entries checked");
        assertThat(log(dataFolder)).containsOnlyOnce("Successfully applied").doesNotContain("Amy", "Smith", "Ben", "Jones");
    }

    private static String log(Path dataFolder) throws IOException {
        return Files.readString(dataFolder.resolve("logs/cpis.log"), StandardCharsets.UTF_8);
    }
}
