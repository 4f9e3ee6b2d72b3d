package org.cpis.server.exchange;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Waiting for the running service to do something, by looking again and again until a deadline: a deadline only
 * bounds a wait that would otherwise hang (the service acts within seconds), it asserts nothing about timing.
 */
final class Await {

    /** Long enough for a loaded 2-core machine; the service acts within a few seconds. */
    static final Duration DEFAULT = Duration.ofSeconds(90);
    private static final long PAUSE_MILLIS = 100;

    private Await() {
    }

    /** The first value {@code look} gives, or an {@link AssertionError} naming {@code what} at the deadline. */
    static <T> T until(String what, Duration within, Supplier<Optional<T>> look) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Optional<T> value = look.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still waiting after " + within.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    static <T> T until(String what, Supplier<Optional<T>> look) {
        return until(what, DEFAULT, look);
    }

    /** Waits until {@code condition} holds. */
    static void untilTrue(String what, Supplier<Boolean> condition) {
        until(what, DEFAULT, () -> condition.get() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }
}
