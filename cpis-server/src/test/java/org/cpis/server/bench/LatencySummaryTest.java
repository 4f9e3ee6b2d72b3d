package org.cpis.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    @DisplayName("Percentiles of 1 to 10,000 microseconds are within 0.1% of the exact ones")
    void percentilesOfAUniformSpread() {
        Histogram micros = LatencySummary.newHistogram();
        for (long v = 1; v <= 10_000; v++) {
            micros.recordValue(v);
        }

        LatencySummary summary = LatencySummary.of(micros);

        assertThat(summary.count()).isEqualTo(10_000);
        assertThat((double) summary.p50Micros()).isCloseTo(5_000, within(5.0));
        assertThat((double) summary.p95Micros()).isCloseTo(9_500, within(9.5));
        assertThat((double) summary.p99Micros()).isCloseTo(9_900, within(9.9));
        assertThat((double) summary.maxMicros()).isCloseTo(10_000, within(10.0));
        assertThat(summary.meanMicros()).isCloseTo(5_000.5, within(5.0));
    }

    @Test
    @DisplayName("One slow answer in a hundred shows in p99 and max, not in p50 or p95")
    void aSlowTail() {
        Histogram micros = LatencySummary.newHistogram();
        micros.recordValueWithCount(2_000, 98);
        micros.recordValueWithCount(40_000, 2);

        LatencySummary summary = LatencySummary.of(micros);

        assertThat((double) summary.p50Micros()).isCloseTo(2_000, within(2.0));
        assertThat((double) summary.p95Micros()).isCloseTo(2_000, within(2.0));
        assertThat((double) summary.p99Micros()).isCloseTo(40_000, within(40.0));
        assertThat((double) summary.maxMicros()).isCloseTo(40_000, within(40.0));
    }

    @Test
    @DisplayName("No answers: every figure is zero")
    void empty() {
        assertThat(LatencySummary.of(LatencySummary.newHistogram())).isEqualTo(new LatencySummary(0, 0, 0, 0, 0, 0));
    }
}
