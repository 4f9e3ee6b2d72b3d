package org.cpis.server.runtime;

import java.time.Duration;
import org.cpis.server.logging.Logging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the service when the process is asked to end (Ctrl-C, SIGTERM) and ends the process with status 0,
 * since a requested stop is a clean one (the JVM alone would report 130 or 143); status 1 when the service did
 * not stop cleanly.
 *
 * <p>Choosing the status means halting the JVM from this hook, so the hook first does what the JVM does before
 * it halts: it waits for the other threads still running, among them the other shutdown hooks (the embedded
 * PostgreSQL's own hook may be the one stopping the database server), for at most {@link #OTHERS_WITHIN}.
 */
public final class StopOnShutdown {

    /** The last line a stopped service logs. */
    public static final String STOPPED = "CP-IS stopped";

    static final Duration OTHERS_WITHIN = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(StopOnShutdown.class);

    private StopOnShutdown() {
    }

    /** Call from the thread that waits for the service to stop: that thread is not waited for. */
    public static void install(CpisService service) {
        Thread serving = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service, serving), "cpis-stop"));
    }

    private static void stop(CpisService service, Thread serving) {
        int status = 0;
        try {
            service.stop();
            awaitOtherThreads(serving);
            LOG.info(STOPPED);
        } catch (RuntimeException e) {
            LOG.error("CP-IS did not stop cleanly", e);
            status = 1;
        } catch (InterruptedException e) {
            LOG.error("CP-IS was interrupted while stopping", e);
            status = 1;
        }
        Logging.stop();
        Runtime.getRuntime().halt(status);
    }

    private static void awaitOtherThreads(Thread serving) throws InterruptedException {
        long deadline = System.nanoTime() + OTHERS_WITHIN.toNanos();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread != Thread.currentThread() && thread != serving && !thread.isDaemon()) {
                long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
                thread.join(left);
                if (thread.isAlive()) {
                    LOG.warn("thread '{}' still running after {}; ending anyway", thread.getName(), OTHERS_WITHIN);
                }
            }
        }
    }
}
