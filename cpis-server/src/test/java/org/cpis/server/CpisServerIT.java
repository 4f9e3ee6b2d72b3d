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

        // first start: a new data folder; admin commands are refused while it runs; SIGTERM is a clean stop
        try (ServerJar first = ServerJar.start("--data", data)) {
            String ready = first.awaitStdoutLine(line -> line.startsWith(CpisService.READY), READY_WITHIN);
            assertThat(ready).matches(Pattern.quote("CP-IS ready: data folder " + dataFolder + ", database embedded PostgreSQL ")
                    + "16\\.\\d+" + Pattern.quote(" at " + dataFolder.resolve("postgres") + " on port ") + "\\d+");

            ServerJar.Finished refused = ServerJar.run("organisations", "load", organisations.toString(), "--data", data);
            assertThat(refused.status()).isEqualTo(CpisServerCli.FAILED);
            assertThat(refused.stderr()).contains("data folder " + dataFolder + " is in use by the CP-IS service (process ");

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

        // second start on the same folder, quiet, without the daily retention sweep: the ready line is printed all the same
        try (ServerJar second = ServerJar.start("--data", data, "--log-level", "warn", "--retention-time", "off")) {
            String readyAgain = second.awaitStdoutLine(line -> line.startsWith(CpisService.READY), READY_WITHIN);
            assertThat(readyAgain).startsWith("CP-IS ready: data folder " + dataFolder + ", database embedded PostgreSQL ")
                    .contains(" at " + dataFolder.resolve("postgres") + " on port ");
            assertThat(second.terminate(STOPPED_WITHIN)).as("exit status after SIGTERM; stderr:\n%s", second.stderr()).isZero();
            assertThat(second.stderr()).as("log lines below WARN").doesNotContain(" INFO ")
                    .contains("WARN  CpisService - Retention sweep is off (retention.time=off)");
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
