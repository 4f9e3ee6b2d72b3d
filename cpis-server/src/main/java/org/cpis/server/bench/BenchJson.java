package org.cpis.server.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/**
 * The benchmark's report for programs: one JSON document; latencies in milliseconds (three decimals, from
 * microseconds), throughput in answers per second.
 */
public final class BenchJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void render(BenchReport report, PrintWriter out) {
        ObjectNode root = MAPPER.createObjectNode()
                .put("benchmark", "NHS Query endpoint")
                .put("mode", report.mode())
                .put("startedAt", report.startedAt().toString())
                .put("clients", report.settings().clients())
                .put("warmupSeconds", report.settings().warmup().toMillis() / 1000.0)
                .put("measuredSeconds", report.settings().duration().toMillis() / 1000.0)
                .put("children", report.children())
                .put("cores", report.cores())
                .put("loadBefore", report.loadBefore())
                .put("loadAfter", report.loadAfter());
        root.set("endpoint", target(report.endpoint()));
        root.set("echo", report.echo() == null ? null : target(report.echo()));
        root.put("shareOfEcho", report.shareOfEcho());
        root.put("accessEventsStored", report.accessEventsStored());
        root.put("foundQueries", report.foundQueries());
        root.put("accessEventsMatch", report.accessEventsMatch());
        ArrayNode goals = root.putArray("goals");
        for (BenchGoals.Check check : report.checks()) {
            goals.addObject().put("goal", check.goal()).put("measured", check.measured()).put("met", check.met());
        }
        root.put("dataFolder", report.dataFolder());
        try {
            out.println(MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the benchmark report cannot be written as JSON", e);
        }
        out.flush();
    }

    private static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    private static ObjectNode target(TargetResult r) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("address", r.address().toString())
                .put("clients", r.clients())
                .put("measuredSeconds", r.measuredSeconds())
                .put("answered", r.answered())
                .put("answersPerSecond", Math.round(r.answersPerSecond() * 10) / 10.0)
                .put("p50Ms", r.latency().p50Micros() / 1000.0)
                .put("p95Ms", r.latency().p95Micros() / 1000.0)
                .put("p99Ms", r.latency().p99Micros() / 1000.0)
                .put("maxMs", r.latency().maxMicros() / 1000.0)
                .put("meanMs", Math.round(r.latency().meanMicros()) / 1000.0)
                .put("errors", r.errors())
                .put("answeredAllPhases", r.answeredAllPhases())
                .put("errorsAllPhases", r.errorsAllPhases())
                .put("responseBytes", r.responseBytes())
                .put("cpuMicrosPerAnswer", rounded(r.cpuMicrosPerAnswer()))
                .put("databaseCpuMicrosPerAnswer", rounded(r.databaseCpuMicrosPerAnswer()));
        ObjectNode reasons = node.putObject("errorReasons");
        r.errorReasons().forEach(reasons::put);
        return node;
    }
}
