package org.cpis.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.server.bench.BenchResults.result;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BenchGoalsTest {

    private final BenchGoals goals = BenchGoals.issue4();

    @Test
    @DisplayName("2,000 queries/s, p99 25 ms and 40% of the echo exactly are met")
    void onTheBoundaries() {
        List<BenchGoals.Check> checks = goals.check(result("endpoint", 2_000, 25_000, 0), result("echo", 5_000, 3_000, 0));

        assertThat(checks).extracting(BenchGoals.Check::met).containsExactly(true, true, true, true);
        assertThat(checks).extracting(BenchGoals.Check::measured)
                .containsExactly("2,000 queries/s", "25.00 ms", "40.0%", "0 errors");
    }

    @Test
    @DisplayName("Below the throughput, above the p99, under 40% of the echo, or with errors: not met")
    void missed() {
        List<BenchGoals.Check> checks = goals.check(result("endpoint", 1_000, 25_001, 3), result("echo", 5_000, 3_000, 0));

        assertThat(checks).extracting(BenchGoals.Check::met).containsExactly(false, false, false, false);
        assertThat(checks).extracting(BenchGoals.Check::verdict).containsOnly("NOT MET");
        assertThat(checks.get(2).measured()).isEqualTo("20.0%");
    }

    @Test
    @DisplayName("Without the echo the ratio is not measured, neither met nor missed")
    void withoutTheEcho() {
        BenchGoals.Check share = goals.check(result("endpoint", 2_500, 10_000, 0), null).get(2);

        assertThat(share.met()).isNull();
        assertThat(share.verdict()).isEqualTo("not measured");
    }

    @Test
    @DisplayName("No answers at all never meets the p99 goal")
    void noAnswers() {
        assertThat(goals.check(result("endpoint", 0, 0, 0), null).get(1).met()).isFalse();
    }
}
