package org.cpis.server.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cpis.server.report.ReportTimes;
import org.cpis.sft.folder.FolderDoor;
import org.cpis.sft.notify.AccessToServiceJob;
import org.cpis.sft.notify.AccessToServiceRun;
import org.cpis.sft.notify.DailyAccessToServiceSchedule;
import org.cpis.sft.notify.ExpiryReport;
import org.cpis.sft.notify.ExpirySweep;
import org.cpis.sft.notify.InactiveNhsNumberJob;
import org.cpis.sft.notify.InactiveNhsNumberRun;
import org.cpis.sft.processing.ProcessingOutcome;
import org.cpis.sft.processing.ProcessingRun;
import org.cpis.sft.processing.UploadProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads of the file exchange: the folder door's scans, upload processing every few seconds (an acknowledgement
 * within seconds; CP-IS065/066 allow 60 minutes at worst), the Inactive NHS Number notifications every half minute,
 * the expiry sweep at start-up (what expired while the service was stopped is reported at once) and then hourly, and
 * the Access to Service notifications at start-up (catching up missed days) and then daily. Each job runs under its
 * database work lock, so several nodes can run the same schedule; a failed run is logged and tried again at its next
 * turn, never ending the schedule.
 */
final class ExchangeSchedule implements AutoCloseable {

    static final Duration INACTIVE_EVERY = Duration.ofSeconds(30);
    static final Duration EXPIRY_EVERY = Duration.ofHours(1);
    static final Duration STOP_WITHIN = Duration.ofSeconds(30);
    static final int UPLOADS_PER_RUN = 100;

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeSchedule.class);

    private final ScheduledThreadPoolExecutor executor;
    private final FolderDoor folderDoor;
    private final Clock clock;

    private ExchangeSchedule(ScheduledThreadPoolExecutor executor, FolderDoor folderDoor, Clock clock) {
        this.executor = executor;
        this.folderDoor = folderDoor;
        this.clock = clock;
    }

    /**
     * Starts every job.
     *
     * @param daily when the Access to Service notifications are due each day, or {@code null} when they are off
     */
    static ExchangeSchedule start(Clock clock, Duration scan, FolderDoor folderDoor, UploadProcessor processor,
                                  AccessToServiceJob accessToService, DailyAccessToServiceSchedule daily,
                                  InactiveNhsNumberJob inactive, ExpirySweep expiry) {
        AtomicInteger threads = new AtomicInteger();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(3, runnable -> {
            Thread thread = new Thread(runnable, "cpis-exchange-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        ExchangeSchedule schedule = new ExchangeSchedule(executor, folderDoor, clock);
        folderDoor.start(executor);
        executor.scheduleWithFixedDelay(() -> schedule.guarded("upload processing",
                () -> logged(processor.processWaiting(UPLOADS_PER_RUN))), 0, scan.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(() -> schedule.guarded("Inactive NHS Number notifications",
                () -> logged(inactive.runDue(clock.instant()))), 0, INACTIVE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(() -> schedule.guarded("expiry sweep",
                () -> logged(expiry.sweep(clock.instant()))), 0, EXPIRY_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        if (daily == null) {
            LOG.warn("Access to Service notifications are off (notify.time=off): Local Authorities get none until it"
                    + " is set again; missed days of the last {} are caught up then", AccessToServiceJob.DEFAULT_CATCH_UP_DAYS);
        } else {
            executor.execute(() -> schedule.guarded("Access to Service notifications",
                    () -> logged(accessToService.runDue(clock.instant()))));
            schedule.planDaily(accessToService, daily);
        }
        return schedule;
    }

    private void planDaily(AccessToServiceJob job, DailyAccessToServiceSchedule daily) {
        Instant next = daily.nextDue(clock.instant());
        long delay = Math.max(0, Duration.between(clock.instant(), next).toMillis());
        LOG.info("Access to Service notifications run daily at {} {}; next run {}", daily.timeOfDay(), daily.zone(),
                ReportTimes.text(next));
        executor.schedule(() -> {
            try {
                guarded("Access to Service notifications", () -> logged(job.runDue(clock.instant())));
            } finally {
                if (!executor.isShutdown()) {
                    planDaily(job, daily);
                }
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    private void guarded(String what, Runnable job) {
        try {
            job.run();
        } catch (RuntimeException | Error e) { // one failed run must never end the schedule
            LOG.error("{} failed; tried again at its next turn", what, e);
        }
    }

    private static void logged(ProcessingRun run) {
        for (ProcessingOutcome o : run.outcomes()) {
            switch (o.status()) {
                case BUSY, NOT_WAITING -> { }
                case FAILED -> LOG.warn("Upload {} not processed, tried again at the next run: {}", o.messageId(),
                        o.note());
                default -> LOG.info("Upload {} (file {}): {}{}{}", o.messageId(), o.sequenceId(), o.status(),
                        o.fileOutcome() == null ? "" : " " + o.fileOutcome(), o.repeat() ? ", a repeat" : "");
            }
        }
    }

    private static void logged(InactiveNhsNumberRun run) {
        if (run.ran() && !run.changes().isEmpty()) {
            LOG.info("Inactive NHS Number notifications: {} change(s), {} notification(s) sent, {} already sent",
                    run.changes().size(), run.sent(), run.alreadySent());
        }
    }

    private static void logged(ExpiryReport report) {
        if (!report.expired().isEmpty()) {
            LOG.warn("{} message(s) not collected by their Local Authority in time are now EXPIRED (kept; see"
                    + " 'cpis-server mailboxes messages --state EXPIRED')", report.expired().size());
        }
    }

    private static void logged(AccessToServiceRun run) {
        if (run.ran() && !run.days().isEmpty()) {
            LOG.info("Access to Service notifications for {}: {} sent, {} already sent, {} for disabled mailboxes not"
                    + " sent, {} undeliverable (LA without a mailbox)", run.days(), run.sent(), run.alreadySent(),
                    run.disabled(), run.undeliverable().size());
        }
    }

    /** Stops the folder door and every job, letting a running one finish for at most {@link #STOP_WITHIN}. */
    @Override
    public void close() {
        try {
            folderDoor.stop();
        } finally {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("file exchange jobs still running after {} s; stopping anyway", STOP_WITHIN.toSeconds());
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
