package org.cpis.server.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The speed the NHS Query endpoint is asked for (issue 4, section 5), on the 2-core machine at 160 concurrent
 * clients: at least {@code minAnswersPerSecond} queries answered per second, a 99th percentile latency of at most
 * {@code maxP99Millis}, and at least {@code minShareOfEcho} of the throughput of a bare CXF echo endpoint that
 * answers with a response of the same size, measured in the same run.
 */
public record BenchGoals(double minAnswersPerSecond, double maxP99Millis, double minShareOfEcho) {

    /** The goals of issue 4: 2,000 queries/s, p99 at or under 25 ms, 40% of the echo's throughput. */
    public static BenchGoals issue4() {
        return new BenchGoals(2_000, 25, 0.40);
    }

    /** Whether one goal is met; {@code met} is {@code null} when the run did not measure it. */
    public record Check(String goal, String measured, Boolean met) {

        public String verdict() {
            return met == null ? "not measured" : met ? "met" : "NOT MET";
        }
    }

    /** Each goal against what the endpoint (and, when it was driven, the echo) measured. */
    public List<Check> check(TargetResult endpoint, TargetResult echo) {
        List<Check> checks = new ArrayList<>();
        double rate = endpoint.answersPerSecond();
        checks.add(new Check(String.format("throughput >= %,.0f queries/s", minAnswersPerSecond),
                String.format("%,.0f queries/s", rate), rate >= minAnswersPerSecond));
        double p99 = endpoint.latency().p99Micros() / 1000.0;
        checks.add(new Check(String.format("p99 <= %.0f ms", maxP99Millis), String.format("%.2f ms", p99),
                endpoint.latency().count() > 0 && p99 <= maxP99Millis));
        String shareGoal = String.format("throughput >= %.0f%% of the echo's", minShareOfEcho * 100);
        if (echo == null || echo.answered() == 0) {
            checks.add(new Check(shareGoal, "echo not driven", null));
        } else {
            double share = rate / echo.answersPerSecond();
            checks.add(new Check(shareGoal, String.format("%.1f%%", share * 100), share >= minShareOfEcho));
        }
        checks.add(new Check("no errors", String.format("%d errors", endpoint.errors()
                + (echo == null ? 0 : echo.errors())), endpoint.errors() == 0 && (echo == null || echo.errors() == 0)));
        return checks;
    }
}
