package org.cpis.server.bench;

import java.util.Objects;
import org.HdrHistogram.Histogram;

/**
 * The latencies of the answers counted in one run, in microseconds: how many, the median (p50), the 95th and 99th
 * percentiles, the largest and the mean. Percentiles come from an HdrHistogram kept to three significant digits,
 * so each figure is within 0.1% of the exact one.
 */
public record LatencySummary(long count, long p50Micros, long p95Micros, long p99Micros, long maxMicros,
                             double meanMicros) {

    /** Microseconds from 1 µs to 10 minutes, to three significant digits. */
    public static Histogram newHistogram() {
        return new Histogram(1, 600_000_000L, 3);
    }

    public static LatencySummary of(Histogram micros) {
        Objects.requireNonNull(micros, "micros");
        if (micros.getTotalCount() == 0) {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }
        return new LatencySummary(micros.getTotalCount(), micros.getValueAtPercentile(50),
                micros.getValueAtPercentile(95), micros.getValueAtPercentile(99), micros.getMaxValue(),
                micros.getMean());
    }
}
