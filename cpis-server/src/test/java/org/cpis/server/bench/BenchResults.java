package org.cpis.server.bench;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Made-up results for the report tests. */
final class BenchResults {

    static final LoadSettings LOAD = new LoadSettings(160, Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofSeconds(30), Duration.ofSeconds(5));

    private BenchResults() {
    }

    /** A target that answered {@code perSecond} a second for 30 seconds with this p99. */
    static TargetResult result(String name, double perSecond, long p99Micros, long errors) {
        long answered = Math.round(perSecond * 30);
        return new TargetResult(name, URI.create("https://localhost:8443/" + name), 160, 30.0, answered, errors,
                errors == 0 ? Map.of() : Map.of("HTTP 500", errors),
                new LatencySummary(answered, 4_000, 9_000, p99Micros, 60_000, 4_500.0), answered + 20_000, errors, 5_120,
                name.equals("echo") ? 300.0 : 700.0, name.equals("echo") ? null : 300.0);
    }

    static BenchReport report(TargetResult endpoint, TargetResult echo, Long stored, long found) {
        return new BenchReport(Instant.parse("2026-03-01T10:00:00Z"), "self-contained", LOAD, 1000, 2, "1.00 0.80 0.50",
                "3.10 1.50 0.90", endpoint, echo, stored, found, null, BenchGoals.issue4().check(endpoint, echo));
    }
}
