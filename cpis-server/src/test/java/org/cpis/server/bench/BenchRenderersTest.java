package org.cpis.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.server.bench.BenchResults.report;
import static org.cpis.server.bench.BenchResults.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BenchRenderersTest {

    private final BenchReport report = report(result("endpoint", 1_500, 31_500, 0), result("echo", 6_000, 4_200, 2),
            65_001L, 65_001);

    @Test
    @DisplayName("Text: one line per target, the ratio, the access events and each goal's verdict")
    void text() {
        String text = render(out -> new BenchText().render(report, out));

        assertThat(text).contains("160 clients, warm-up 10s, measured 30s, 1,000 children; 2 cores;"
                + " load average before 1.00 0.80 0.50, after 3.10 1.50 0.90");
        assertThat(text.lines().filter(l -> l.startsWith("target")).findFirst().orElseThrow())
                .matches("target +clients +seconds +answers +answers/s +p50 ms +p95 ms +p99 ms +max ms +errors +bytes");
        assertThat(text).containsPattern("endpoint +160 +30\\.0 +45,000 +1,500 +4\\.00 +9\\.00 +31\\.50 +60\\.00 +0 +5,120");
        assertThat(text).containsPattern("echo +160 +30\\.0 +180,000 +6,000 +4\\.00 +9\\.00 +4\\.20 +60\\.00 +2 +5,120");
        assertThat(text).contains("endpoint / echo throughput: 25.0%");
        assertThat(text).contains("endpoint CPU per answer: 700 us in this JVM (server and load generator) + 300 us in"
                + " PostgreSQL; at most 2,000 answers/s on 2 idle cores");
        assertThat(text).contains("echo CPU per answer: 300 us in this JVM (server and load generator); at most 6,667"
                + " answers/s on 2 idle cores");
        assertThat(text).contains("access events stored: 65,001 for 65,001 queries answered with a record (one each)");
        assertThat(text).containsPattern("goal throughput >= 2,000 queries/s: +1,500 queries/s +NOT MET");
        assertThat(text).containsPattern("goal p99 <= 25 ms: +31.50 ms +NOT MET");
        assertThat(text).containsPattern("goal throughput >= 40% of the echo's: +25.0% +NOT MET");
        assertThat(text).contains("echo error (whole run): 2 x HTTP 500");
    }

    @Test
    @DisplayName("CP-IS067: fewer access events than found queries, or more than the unanswered requests explain,"
            + " is a mismatch")
    void accessEventAccounting() {
        String fewer = render(out -> new BenchText().render(report(result("endpoint", 2_500, 9_000, 0), null, 10L, 11),
                out));
        String explained = render(out -> new BenchText().render(report(result("endpoint", 2_500, 9_000, 3), null,
                13L, 11), out));
        String tooMany = render(out -> new BenchText().render(report(result("endpoint", 2_500, 9_000, 3), null,
                15L, 11), out));

        assertThat(fewer).contains("access events stored: 10 for 11 queries answered with a record (MISMATCH)");
        assertThat(fewer).doesNotContain("endpoint / echo");
        assertThat(explained).contains("access events stored: 13 for 11 queries answered with a record and up to 3"
                + " whose answer did not come back (consistent)");
        assertThat(tooMany).contains("(MISMATCH)");
        assertThat(report(result("endpoint", 2_500, 9_000, 3), null, 15L, 11).accessEventsMatch()).isFalse();
    }

    @Test
    @DisplayName("JSON: every figure, in milliseconds and answers per second, and the goals")
    void json() throws Exception {
        JsonNode json = new ObjectMapper().readTree(render(out -> new BenchJson().render(report, out)));

        assertThat(json.get("clients").asInt()).isEqualTo(160);
        assertThat(json.at("/endpoint/answersPerSecond").asDouble()).isEqualTo(1_500.0);
        assertThat(json.at("/endpoint/p99Ms").asDouble()).isEqualTo(31.5);
        assertThat(json.at("/endpoint/answeredAllPhases").asLong()).isEqualTo(65_000);
        assertThat(json.at("/echo/errorsAllPhases").asLong()).isEqualTo(2);
        assertThat(json.at("/echo/errors").asLong()).isEqualTo(2);
        assertThat(json.at("/endpoint/cpuMicrosPerAnswer").asDouble()).isEqualTo(700.0);
        assertThat(json.at("/endpoint/databaseCpuMicrosPerAnswer").asDouble()).isEqualTo(300.0);
        assertThat(json.at("/echo/databaseCpuMicrosPerAnswer").isNull()).isTrue();
        assertThat(json.at("/echo/errorReasons/HTTP 500").asLong()).isEqualTo(2);
        assertThat(json.get("shareOfEcho").asDouble()).isEqualTo(0.25);
        assertThat(json.get("accessEventsMatch").asBoolean()).isTrue();
        assertThat(json.get("goals")).hasSize(4);
        assertThat(json.at("/goals/0/met").asBoolean()).isFalse();
        assertThat(json.get("dataFolder").isNull()).isTrue();
    }

    private static String render(java.util.function.Consumer<PrintWriter> renderer) {
        StringWriter text = new StringWriter();
        renderer.accept(new PrintWriter(text));
        return text.toString();
    }
}
