package org.cpis.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.cpis.server.logging.Logging;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code bench query}'s arguments: every bad one is wrong usage with one line naming it, before anything starts. */
class BenchQueryCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void closeLogFile() {
        Logging.stop();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--clients 0|--clients '0': give 1 to 5000",
            "--duration 0s|--duration '0 ms': measure at least 1s",
            "--warmup ten|Invalid value for option '--warmup': 'ten' is not a length of time; give e.g. 30s, 2m or 500ms",
            "--format xml|--format 'xml': give text or json",
            "--children 0|--children '0': give 1 to 100000",
            "--asid 200000000123|--asid go with --url (a running service)",
            "--url https://localhost:8443/cpisquery --children 10|--children cannot go with --url",
            "--url http://localhost:8080/cpisquery|--url 'http://localhost:8080/cpisquery': give the endpoint's https:// address",
            "--url https://localhost:8443/cpisquery --nhs-number 9990000019|--nhs-number '9990000019': ",
            "--url https://localhost:8443/cpisquery --asid 12|--asid '12': "})
    @DisplayName("Wrong usage: exit status 2, one line naming the option")
    void wrongUsage(String arguments, String message) {
        int status = run(("bench query " + arguments).split(" "));

        assertThat(status).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).contains(message);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    @DisplayName("With --url and no client keystore: fails in one line naming the keystore it looked for")
    void remoteWithoutKeys() {
        int status = run("bench", "query", "--url", "https://localhost:8443/cpisquery", "--pki-password",
                "a-password-for-the-test", "--data", temp.resolve("cpis-data").toString());

        assertThat(status).isEqualTo(CpisServerCli.FAILED);
        assertThat(err.toString()).contains("pki/clients/200000000123.p12 does not exist");
    }

    @Test
    @DisplayName("Lengths of time: 30s, 2m, 500ms and plain seconds")
    void durations() {
        DurationConverter converter = new DurationConverter();

        assertThat(converter.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("45")).isEqualTo(Duration.ofSeconds(45));
    }

    private int run(String... args) {
        CommandLine cli = CpisServerCli.create(Map.of());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
