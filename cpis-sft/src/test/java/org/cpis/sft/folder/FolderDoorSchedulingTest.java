package org.cpis.sft.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.sft.folder.FolderDoorFixture.A;
import static org.cpis.sft.folder.FolderDoorFixture.body;
import static org.cpis.sft.folder.FolderDoorFixture.upload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderDoorSchedulingTest {

    /** Records what is scheduled with a fixed delay, and runs it only when the test says. */
    static final class RecordingExecutor extends ScheduledThreadPoolExecutor {
        Runnable command;
        long initialDelay;
        long delay;
        TimeUnit unit;
        ScheduledFuture<?> future;

        RecordingExecutor() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
                                                         TimeUnit unit) {
            this.command = command;
            this.initialDelay = initialDelay;
            this.delay = delay;
            this.unit = unit;
            future = schedule(() -> { }, 1, TimeUnit.DAYS);
            return future;
        }
    }

    @TempDir
    Path base;

    final RecordingExecutor executor = new RecordingExecutor();

    @AfterEach
    void tearDown() {
        executor.shutdownNow();
    }

    @Test
    void startScansAtOnceAndThenEveryScanIntervalAndStopEndsIt() throws IOException {
        FolderDoorFixture f = new FolderDoorFixture(base);
        f.drop(A, "upload-0001", body("x"), upload(A));

        f.door.start(executor);

        assertThat(executor.initialDelay).isZero();
        assertThat(executor.unit.toMillis(executor.delay)).isEqualTo(FolderDoorFixture.INTERVAL.toMillis());
        executor.command.run();
        f.clock.advance(FolderDoorFixture.INTERVAL);
        executor.command.run();
        assertThat(f.messages.all()).as("two scheduled scans took the pair").hasSize(1);

        f.door.stop();

        assertThat(executor.future.isCancelled()).isTrue();
        f.drop(A, "upload-0002", body("y"), upload(A));
        executor.command.run(); // a run that had started before stop
        f.clock.advance(FolderDoorFixture.INTERVAL);
        executor.command.run();
        assertThat(f.messages.all()).as("no scan after stop").hasSize(1);
    }

    @Test
    void theDoorCannotBeStartedTwice() {
        FolderDoorFixture f = new FolderDoorFixture(base);
        f.door.start(executor);

        assertThatThrownBy(() -> f.door.start(executor)).isInstanceOf(IllegalStateException.class);
        f.door.stop();
        f.door.start(executor);
        f.door.stop();
    }
}
