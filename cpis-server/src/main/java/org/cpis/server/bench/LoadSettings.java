package org.cpis.server.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard and how long the load generator drives a target.
 *
 * @param clients        concurrent clients, each a thread that sends one request, waits for its answer and sends
 *                       the next at once (a closed loop)
 * @param warmup         time driven before measuring (JIT compilation, connections and TLS handshakes, pools)
 * @param duration       time measured after the warm-up
 * @param requestTimeout the longest a client waits for one answer before counting it as an error
 * @param progressEvery  how often a progress line is written
 */
public record LoadSettings(int clients, Duration warmup, Duration duration, Duration requestTimeout,
                           Duration progressEvery) {

    public static final int MAX_CLIENTS = 5_000;

    public LoadSettings {
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(progressEvery, "progressEvery");
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new IllegalArgumentException("clients must be 1 to " + MAX_CLIENTS + ", got " + clients);
        }
        if (warmup.isNegative()) {
            throw new IllegalArgumentException("the warm-up cannot be negative");
        }
        if (duration.toMillis() < 100) {
            throw new IllegalArgumentException("the measured time must be at least 100 ms, got " + duration);
        }
        if (requestTimeout.toMillis() < 1 || progressEvery.toMillis() < 1) {
            throw new IllegalArgumentException("the request timeout and the progress interval must be positive");
        }
    }
}
