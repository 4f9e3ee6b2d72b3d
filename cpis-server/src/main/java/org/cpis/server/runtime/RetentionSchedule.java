package org.cpis.server.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.cpis.core.retention.RetentionSweepResult;
import org.cpis.server.report.ReportTimes;
import org.cpis.server.report.RetentionSweepText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily retention sweep of the running service (CP-IS030, CP-IS039, CP-IS076): one daemon thread that runs the
 * sweep at a time of day (Europe/London), logs one line with what it did, and plans the next run. A run that fails
 * is logged and the sweep is tried again the next day: a failure never stops the schedule. {@link #close()} lets a
 * sweep that is running finish (it is one transaction), for at most {@link #RUNNING_SWEEP_WITHIN}.
 */
public final class RetentionSchedule implements AutoCloseable {

    static final Duration RUNNING_SWEEP_WITHIN = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private static final String THREAD_NAME = "cpis-retention";

    private final DailyAt at;
    private final Supplier<RetentionSweepResult> sweep;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor executor;

    /** The run planned last; the next one is planned strictly after it, even if the executor woke a little early. */
    private Instant planned;

    private RetentionSchedule(DailyAt at, Supplier<RetentionSweepResult> sweep, Clock clock) {
        this.at = at;
        this.sweep = sweep;
        this.clock = clock;
        this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, THREAD_NAME);
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
    }

    /**
     * Plans the first run at the next {@code time} and keeps planning one a day.
     *
     * @param sweep runs one sweep and says what it did
     * @param clock the time the runs are planned against
     */
    public static RetentionSchedule daily(LocalTime time, Supplier<RetentionSweepResult> sweep, Clock clock) {
        RetentionSchedule schedule = new RetentionSchedule(new DailyAt(time), Objects.requireNonNull(sweep, "sweep"),
                Objects.requireNonNull(clock, "clock"));
        Instant first = schedule.planNext(clock.instant());
        LOG.info("Retention sweep runs daily at {}; next run {}", schedule.at, ReportTimes.text(first));
        return schedule;
    }

    /** The moment of the next run planned (for tests and messages). */
    synchronized Instant nextRun() {
        return planned;
    }

    private synchronized Instant planNext(Instant after) {
        Instant next = at.nextAfter(after);
        long delay = Math.max(0, Duration.between(clock.instant(), next).toMillis());
        executor.schedule(this::runOnce, delay, TimeUnit.MILLISECONDS);
        planned = next;
        return next;
    }

    private void runOnce() {
        long started = System.nanoTime();
        try {
            RetentionSweepResult result = sweep.get();
            LOG.info("Retention sweep done in {} ms: {}", elapsedMillis(started), RetentionSweepText.summary(result));
        } catch (RuntimeException | Error e) { // one failed night must never end the schedule
            LOG.error("Retention sweep failed after {} ms; it is tried again at the next run", elapsedMillis(started), e);
        } finally {
            planFollowing();
        }
    }

    private void planFollowing() {
        if (executor.isShutdown()) {
            return;
        }
        try {
            Instant after = latest(clock.instant(), nextRun());
            Instant next = planNext(after);
            LOG.info("Next retention sweep {}", ReportTimes.text(next));
        } catch (RejectedExecutionException stopping) {
            LOG.debug("Retention schedule stopped while planning the next run");
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Plans no more runs, lets a running sweep finish (within {@link #RUNNING_SWEEP_WITHIN}) and ends the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(RUNNING_SWEEP_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Retention sweep still running after {}; interrupting it (its transaction is rolled back)",
                        RUNNING_SWEEP_WITHIN);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
