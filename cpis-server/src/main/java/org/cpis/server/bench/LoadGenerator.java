package org.cpis.server.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Drives one target with N concurrent clients in a closed loop: each client is a platform thread that sends a
 * request, waits for the answer and sends the next at once, over HTTP/1.1 keep-alive connections with mutual TLS
 * (the JDK's HttpClient). First a warm-up, whose answers are not counted, then the measured window: every answer
 * completed in it is either good (its latency goes into an HdrHistogram) or an error (counted by kind). A progress
 * line is written every few seconds.
 */
final class LoadGenerator {

    /** Errors of the same kind beyond this many distinct kinds are counted under one line. */
    private static final int MAX_ERROR_KINDS = 20;
    private static final Duration PAUSE_AFTER_CONNECTION_ERROR = Duration.ofMillis(20);

    private final LoadSettings settings;
    private final Progress progress;
    private final CpuMeter cpu;

    /** Where progress lines go (standard error for the command). */
    @FunctionalInterface
    public interface Progress {
        void line(String text);
    }

    /**
     * @param cpu what counts the CPU time per answer (the server in this JVM and its embedded PostgreSQL), or
     *            {@code null} when the server runs elsewhere and its CPU time cannot be counted
     */
    LoadGenerator(LoadSettings settings, Progress progress, CpuMeter cpu) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.cpu = cpu == null ? CpuMeter.NONE : cpu;
    }

    /** Drives the target for the warm-up and the measured window, and says what was measured. */
    public TargetResult drive(BenchTarget target) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(target.tls())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        Run run = new Run(target, http, System.nanoTime());
        List<Thread> clients = new ArrayList<>(settings.clients());
        for (int i = 0; i < settings.clients(); i++) {
            Thread client = new Thread(run::client, "bench-" + target.name() + "-" + i);
            client.setDaemon(true);
            clients.add(client);
        }
        clients.forEach(Thread::start);
        CpuMeter.Reading[] window;
        try {
            window = report(run);
        } finally {
            run.stopped = true;
            long waitUntil = System.nanoTime() + settings.requestTimeout().toNanos() + TimeUnit.SECONDS.toNanos(5);
            for (Thread client : clients) {
                client.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(waitUntil - System.nanoTime())));
            }
        }
        run.total.add(run.measured.getIntervalHistogram());
        double seconds = (run.measureTo - run.measureFrom) / 1e9;
        Map<String, Long> reasons = new TreeMap<>();
        run.errorReasons.forEach((reason, count) -> reasons.put(reason, count.sum()));
        long answered = run.total.getTotalCount();
        return new TargetResult(target.name(), target.address(), settings.clients(), seconds, answered,
                run.measuredErrors.sum(), reasons, LatencySummary.of(run.total), run.answeredAllPhases.sum(),
                run.errorsAllPhases.sum(), run.lastResponseBytes.get(), window[1].jvmMicrosPer(window[0], answered),
                window[1].databaseMicrosPer(window[0], answered));
    }

    /**
     * Writes a progress line every interval until the measured window has ended; reads the CPU used at the start
     * and at the end of the measured window.
     */
    private CpuMeter.Reading[] report(Run run) throws InterruptedException {
        Histogram warmInterval = null;
        Histogram measuredInterval = null;
        CpuMeter.Reading atStart = run.measureFrom <= run.started ? cpu.read() : null;
        long last = run.started;
        while (true) {
            long now = System.nanoTime();
            if (now >= run.measureTo) {
                return new CpuMeter.Reading[] {atStart, cpu.read()};
            }
            long next = Math.min(last + settings.progressEvery().toNanos(), run.measureTo);
            if (atStart == null) {
                next = Math.min(next, run.measureFrom);
            }
            TimeUnit.NANOSECONDS.sleep(Math.max(0, next - now));
            now = System.nanoTime();
            if (atStart == null && now >= run.measureFrom) {
                atStart = cpu.read();
            }
            warmInterval = run.warm.getIntervalHistogram(warmInterval);
            measuredInterval = run.measured.getIntervalHistogram(measuredInterval);
            run.total.add(measuredInterval);
            Histogram interval = LatencySummary.newHistogram();
            interval.add(warmInterval);
            interval.add(measuredInterval);
            double seconds = (now - last) / 1e9;
            last = now;
            String phase = now <= run.measureFrom
                    ? String.format("warm-up %3ds/%ds", secondsSince(run.started, now), settings.warmup().toSeconds())
                    : String.format("measured %3ds/%ds", secondsSince(run.measureFrom, now), settings.duration().toSeconds());
            progress.line(String.format("%-8s %s: %,8.0f answers/s, p99 %7.2f ms, errors %d", run.target.name(), phase,
                    interval.getTotalCount() / seconds, interval.getValueAtPercentile(99) / 1000.0, run.errorsAllPhases.sum()));
        }
    }

    private static long secondsSince(long from, long now) {
        return Math.round((now - from) / 1e9);
    }

    /** One target's run: its clock marks and counters, shared by its client threads. */
    private final class Run {

        final BenchTarget target;
        final HttpClient http;
        final long started;
        final long measureFrom;
        final long measureTo;
        final Recorder warm = new Recorder(1, 600_000_000L, 3);
        final Recorder measured = new Recorder(1, 600_000_000L, 3);
        final Histogram total = LatencySummary.newHistogram();
        final LongAdder measuredErrors = new LongAdder();
        final LongAdder errorsAllPhases = new LongAdder();
        final LongAdder answeredAllPhases = new LongAdder();
        final Map<String, LongAdder> errorReasons = new ConcurrentHashMap<>();
        final AtomicLong lastResponseBytes = new AtomicLong();
        volatile boolean stopped;

        Run(BenchTarget target, HttpClient http, long started) {
            this.target = target;
            this.http = http;
            this.started = started;
            this.measureFrom = started + settings.warmup().toNanos();
            this.measureTo = measureFrom + settings.duration().toNanos();
        }

        void client() {
            while (!stopped && System.nanoTime() < measureTo) {
                BenchRequest request = target.requests().next();
                HttpRequest post = HttpRequest.newBuilder(target.address())
                        .timeout(settings.requestTimeout())
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .header("SOAPAction", "\"" + QueryRequestTemplate.ACTION + "\"")
                        .POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8))
                        .build();
                long sent = System.nanoTime();
                String problem;
                try {
                    HttpResponse<byte[]> response = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
                    byte[] body = response.body();
                    problem = target.check().problem(request, response.statusCode(),
                            new String(body, StandardCharsets.UTF_8));
                    if (problem == null) {
                        lastResponseBytes.set(body.length);
                    }
                } catch (HttpTimeoutException e) {
                    problem = "no answer within " + settings.requestTimeout().toSeconds() + " s";
                } catch (IOException e) {
                    problem = "connection failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage());
                    pause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long done = System.nanoTime();
                boolean inWindow = done >= measureFrom && done < measureTo;
                if (problem == null) {
                    answeredAllPhases.increment();
                    long micros = Math.max(1, TimeUnit.NANOSECONDS.toMicros(done - sent));
                    if (inWindow) {
                        measured.recordValue(micros);
                    } else if (done < measureFrom) {
                        warm.recordValue(micros);
                    }
                } else {
                    errorsAllPhases.increment();
                    if (inWindow) {
                        measuredErrors.increment();
                    }
                    String kind = errorReasons.size() < MAX_ERROR_KINDS || errorReasons.containsKey(problem)
                            ? problem : "other errors";
                    errorReasons.computeIfAbsent(kind, k -> new LongAdder()).increment();
                }
            }
        }

        private void pause() {
            try {
                Thread.sleep(PAUSE_AFTER_CONNECTION_ERROR.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
