package org.cpis.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cpis.core.retention.RetentionSweepResult;
import org.cpis.core.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RetentionScheduleTest {

    private static final LocalTime HALF_PAST_TWO = LocalTime.of(2, 30);

    private final Logger logger = (Logger) LoggerFactory.getLogger(RetentionSchedule.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        log.start();
        logger.addAppender(log);
        logger.setLevel(Level.INFO);
        logger.setAdditive(false);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
        logger.setLevel(null);
        logger.setAdditive(true);
    }

    @Test
    @DisplayName("CP-IS030 CP-IS039 CP-IS076: a failed sweep is logged and the sweep runs again the next day")
    void aFailedRunIsLoggedAndTheNextDayRunsAllTheSame() throws InterruptedException {
        // 100 ms before 02:30 on a winter night; each run moves the clock to 100 ms before the next night's run
        MutableClock clock = MutableClock.at("2026-03-10T02:29:59.900Z");
        AtomicInteger runs = new AtomicInteger();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch secondRun = new CountDownLatch(1);
        RetentionSchedule schedule = RetentionSchedule.daily(HALF_PAST_TWO, () -> {
            threads.add(Thread.currentThread().getName() + (Thread.currentThread().isDaemon() ? " (daemon)" : ""));
            if (runs.incrementAndGet() == 1) {
                clock.set(Instant.parse("2026-03-11T02:29:59.900Z"));
                throw new IllegalStateException("database unreachable");
            }
            clock.set(Instant.parse("2026-03-12T01:00:00Z")); // the third run is 90 minutes away: it will not come
            secondRun.countDown();
            return new RetentionSweepResult(0, 2, 1, 0, 0);
        }, clock);
        Instant third = Instant.parse("2026-03-12T02:30:00Z");
        try {
            assertThat(secondRun.await(10, TimeUnit.SECONDS)).as("second run").isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!third.equals(schedule.nextRun()) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } finally {
            schedule.close();
        }

        assertThat(runs).hasValue(2);
        assertThat(threads).containsOnly("cpis-retention (daemon)");
        assertThat(schedule.nextRun()).isEqualTo(third);
        assertThat(messages()).first().asString()
                .isEqualTo("INFO Retention sweep runs daily at 02:30 Europe/London; next run 10/03/2026 02:30:00 GMT");
        assertThat(messages()).anySatisfy(line -> assertThat(line)
                .startsWith("ERROR Retention sweep failed after ").endsWith("; it is tried again at the next run"));
        assertThat(log.list).filteredOn(event -> event.getLevel() == Level.ERROR).singleElement()
                .satisfies(event -> assertThat(event.getThrowableProxy().getMessage()).isEqualTo("database unreachable"));
        assertThat(messages()).anySatisfy(line -> assertThat(line).startsWith("INFO Retention sweep done in ")
                .endsWith(" ms: 0 entries end-dated at 18, 2 entries removed, 1 access events removed,"
                        + " 0 subjects' audit entries redacted, 0 subjects undecided (PDS unavailable)"));
        assertThat(messages()).contains("INFO Next retention sweep 11/03/2026 02:30:00 GMT",
                "INFO Next retention sweep 12/03/2026 02:30:00 GMT");
    }

    @Test
    void closingEndsTheThreadAndNothingRunsAfterIt() throws InterruptedException {
        // one second before 02:30 BST: time enough to close first even on a loaded machine
        MutableClock clock = MutableClock.at("2026-07-01T01:29:59.000Z");
        AtomicInteger runs = new AtomicInteger();
        RetentionSchedule schedule = RetentionSchedule.daily(HALF_PAST_TWO, () -> {
            runs.incrementAndGet();
            return new RetentionSweepResult(0, 0, 0, 0, 0);
        }, clock);

        schedule.close();
        Thread.sleep(1_500);

        assertThat(runs).hasValue(0);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals("cpis-retention"));
        assertThat(messages()).first().asString().endsWith("next run 01/07/2026 02:30:00 BST");
    }

    private List<String> messages() {
        return log.list.stream().map(event -> event.getLevel() + " " + event.getFormattedMessage()).toList();
    }
}
