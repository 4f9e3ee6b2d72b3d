package org.cpis.server.bench;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one benchmark run found: the settings, what each target measured, the goals checked, and - when the
 * benchmark ran its own service - how many access events the database holds against how many records were found.
 *
 * @param startedAt          when the run started
 * @param mode               {@code self-contained} (the benchmark's own service and echo) or {@code remote}
 * @param settings           the load
 * @param children           how many different children were queried
 * @param cores              processors the JVM saw
 * @param loadBefore         the machine's load averages before the run (1, 5, 15 minutes), or {@code null}
 * @param loadAfter          the same after it
 * @param endpoint           what the NHS Query endpoint measured
 * @param echo               what the echo measured, or {@code null} when it was not driven
 * @param accessEventsStored the access events in the database after the run, or {@code null} (remote mode)
 * @param foundQueries       the queries answered with a record over the whole run (the probe and the warm-up
 *                           included): each must have stored one access event
 * @param dataFolder         the benchmark's data folder when it was kept, else {@code null}
 */
public record BenchReport(Instant startedAt, String mode, LoadSettings settings, int children, int cores,
                          String loadBefore, String loadAfter, TargetResult endpoint, TargetResult echo,
                          Long accessEventsStored, long foundQueries, String dataFolder, List<BenchGoals.Check> checks) {

    public BenchReport {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(endpoint, "endpoint");
        checks = List.copyOf(checks);
    }

    /** The endpoint's throughput as a share of the echo's, or {@code null} when the echo was not driven. */
    public Double shareOfEcho() {
        return echo == null || echo.answered() == 0 ? null : endpoint.answersPerSecond() / echo.answersPerSecond();
    }

    /**
     * Whether the access events account for the queries: one for every query answered with a record, and at most one
     * more for each request whose answer never came back (it may have been answered after the client gave up);
     * {@code null} when the database was not reachable.
     */
    public Boolean accessEventsMatch() {
        return accessEventsStored == null ? null
                : accessEventsStored >= foundQueries && accessEventsStored <= foundQueries + endpoint.errorsAllPhases();
    }
}
