package org.cpis.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cpis.server.bench.TemporaryService;
import org.cpis.server.logging.Logging;
import org.cpis.store.CpisDatabase;
import org.cpis.store.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code cpis-server bench query} end to end, small: its own service (embedded PostgreSQL, the NHS Query endpoint
 * over mutual TLS), 4 clients for 2 seconds against the endpoint and then the echo. The figures are not judged
 * (no timed assertions); what is checked is that the run is sound: answers counted, no errors, percentiles in
 * order, and - read from the kept database, independently of the command - exactly one access event per query
 * answered with a record.
 */
class BenchQueryIT {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path kept;

    @AfterEach
    void cleanUp() {
        Logging.stop();
        if (kept != null) {
            TemporaryService.delete(kept);
        }
    }

    @Test
    @DisplayName("CP-IS067 CP-IS068: a small run answers every query; every found query stored exactly one access event")
    void smallSelfContainedRun() throws Exception {
        CommandLine cli = CpisServerCli.create(Map.of());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int status = cli.execute("bench", "query", "--clients", "4", "--duration", "2s", "--warmup", "1s",
                "--children", "20", "--users", "5", "--progress", "1s", "--format", "json", "--keep");

        assertThat(status).as(err.toString()).isIn(CpisServerCli.OK, CpisServerCli.ANSWER_NO);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        kept = Path.of(report.get("dataFolder").asText());
        assertThat(kept).isDirectory();
        assertThat(err.toString()).contains("bench query: endpoint ").contains("bench query: echo ");

        for (String target : new String[] {"endpoint", "echo"}) {
            JsonNode result = report.get(target);
            assertThat(result.get("clients").asInt()).isEqualTo(4);
            assertThat(result.get("answered").asLong()).as(target).isPositive();
            assertThat(result.get("errors").asLong()).as(target + " " + result.get("errorReasons")).isZero();
            assertThat(result.get("errorReasons").size()).as(target).isZero();
            assertThat(result.get("p50Ms").asDouble()).isPositive()
                    .isLessThanOrEqualTo(result.get("p95Ms").asDouble());
            assertThat(result.get("p95Ms").asDouble()).isLessThanOrEqualTo(result.get("p99Ms").asDouble());
            assertThat(result.get("p99Ms").asDouble()).isLessThanOrEqualTo(result.get("maxMs").asDouble());
            assertThat(result.get("answersPerSecond").asDouble()).isCloseTo(
                    result.get("answered").asDouble() / result.get("measuredSeconds").asDouble(),
                    org.assertj.core.api.Assertions.within(0.1));
            assertThat(result.get("answeredAllPhases").asLong()).isGreaterThanOrEqualTo(result.get("answered").asLong());
            assertThat(result.get("cpuMicrosPerAnswer").asDouble()).isPositive();
        }
        long endpointBytes = report.at("/endpoint/responseBytes").asLong();
        assertThat(endpointBytes).isGreaterThan(1_000);
        assertThat((double) report.at("/echo/responseBytes").asLong())
                .as("the echo answers with a response of the same size")
                .isCloseTo(endpointBytes, org.assertj.core.api.Assertions.withinPercentage(2));

        long found = report.get("foundQueries").asLong();
        assertThat(found).isEqualTo(report.at("/endpoint/answeredAllPhases").asLong() + 1);
        assertThat(report.get("accessEventsStored").asLong()).isEqualTo(found);
        assertThat(report.get("accessEventsMatch").asBoolean()).isTrue();
        boolean allMet = true;
        for (JsonNode goal : report.get("goals")) {
            allMet &= goal.get("met").asBoolean();
        }
        assertThat(status).isEqualTo(allMet ? CpisServerCli.OK : CpisServerCli.ANSWER_NO);

        try (CpisDatabase database = CpisDatabase.open(DatabaseSettings.embedded(kept))) {
            long events = database.dsl().fetchCount(database.dsl().selectFrom("access_event"));
            long distinctQueries = database.dsl().fetchCount(database.dsl().selectDistinct(
                    org.jooq.impl.DSL.field("query_id")).from("access_event"));
            assertThat(events).as("access events in the kept database").isEqualTo(found);
            assertThat(distinctQueries).isEqualTo(found);
            assertThat(database.transactions().inTransaction(s -> s.auditTrail().verify()).isIntact()).isTrue();
        }
        assertThat(Files.exists(kept.resolve("pki").resolve("ca.pem"))).isTrue();
    }
}
