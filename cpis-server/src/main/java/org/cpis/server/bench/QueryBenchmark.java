package org.cpis.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.Organisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NHS Query load benchmark, start to end. Self-contained: sets up and starts a {@link TemporaryService}, sends
 * one probe query (it must be answered with a record), drives the NHS Query endpoint, counts the access events,
 * then starts the {@link EchoEndpoint} with the endpoint's last answer as its canned answer (so both send the same
 * bytes: answers grow with the access history they carry, up to 25 entries) and drives it with the same requests
 * and the same load, and tears everything down. Remote: drives an endpoint that is already running.
 */
public final class QueryBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(QueryBenchmark.class);

    private final LoadSettings load;
    private final BenchGoals goals;
    private final Consumer<String> progress;
    private final Clock clock;

    /** The self-contained run: how many children and users, whether to drive the echo, whether to keep the folder. */
    public record SelfContained(int children, int users, boolean echo, boolean keep) {
    }

    /**
     * A run against a running service.
     *
     * @param address      the endpoint, e.g. {@code https://localhost:8443/cpisquery}
     * @param tls          the client certificate (registered for {@code asid}) and the CAs trusted
     * @param asid         the system's ASID
     * @param organisation the organisation the users work for
     * @param jobRole      the user's job role
     * @param user         the user, in the role directory with activity B0107
     * @param children     NHS numbers the service holds visible records for
     */
    public record Remote(URI address, SSLContext tls, Asid asid, Organisation organisation, JobRoleCode jobRole,
                         BenchUser user, List<NhsNumber> children) {

        public Remote {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(tls, "tls");
            children = List.copyOf(children);
        }
    }

    public QueryBenchmark(LoadSettings load, BenchGoals goals, Consumer<String> progress, Clock clock) {
        this.load = Objects.requireNonNull(load, "load");
        this.goals = Objects.requireNonNull(goals, "goals");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public BenchReport runSelfContained(SelfContained how) throws InterruptedException {
        Instant startedAt = clock.instant();
        String loadBefore = MachineLoad.now();
        Path folder = temporaryFolder();
        boolean keep = how.keep();
        AtomicReference<TemporaryService> running = new AtomicReference<>();
        Thread interrupted = new Thread(() -> stopAndClean(running.get(), keep ? null : folder), "cpis-bench-stop");
        Runtime.getRuntime().addShutdownHook(interrupted);
        try {
            progress.accept("setting up the service in " + folder + " (" + how.children() + " children)");
            TargetResult endpoint;
            TargetResult echo = null;
            long found;
            long stored;
            try (TemporaryService service = TemporaryService.start(folder, how.children(), how.users(), clock)) {
                running.set(service);
                URI address = service.service().queryEndpoint().address();
                RequestSource requests = new NhsQueryRequests(QueryRequestTemplate.of(TemporaryService.CLIENT_ASID,
                        TemporaryService.CLIENT_ORGANISATION, TemporaryService.NURSE, address.toString()),
                        service.children(), service.users(), Clock.systemUTC());
                byte[] probed = probe(address, service.clientTls(), requests);
                AtomicReference<String> lastFound = new AtomicReference<>();
                AnswerCheck foundRecord = AnswerChecks.foundRecord();
                LoadGenerator generator = new LoadGenerator(load, progress::accept, new CpuMeter(folder.resolve("postgres")));
                endpoint = generator.drive(new BenchTarget("endpoint", address, service.clientTls(), requests,
                        (request, status, body) -> {
                            String problem = foundRecord.problem(request, status, body);
                            if (problem == null) {
                                lastFound.set(body);
                            }
                            return problem;
                        }));
                // the echo answers with the endpoint's last answer: its history has grown as a busy service's has
                byte[] canned = lastFound.get() == null ? probed : lastFound.get().getBytes(StandardCharsets.UTF_8);
                found = 1 + endpoint.answeredAllPhases();
                stored = service.accessEvents();
                if (how.echo()) {
                    try (EchoEndpoint echoEndpoint = EchoEndpoint.start(service.serverTls().keyManagers(),
                            service.serverTls().trustManagers(), canned)) {
                        echo = generator.drive(new BenchTarget("echo", echoEndpoint.address(), service.clientTls(),
                                requests, AnswerChecks.cannedAnswer()));
                    }
                }
            }
            return new BenchReport(startedAt, "self-contained", load, how.children(), cores(), loadBefore,
                    MachineLoad.now(), endpoint, echo, stored, found, keep ? folder.toString() : null,
                    goals.check(endpoint, echo));
        } finally {
            removeHook(interrupted);
            if (!keep) {
                TemporaryService.delete(folder);
            }
        }
    }

    /**
     * Ctrl-C or SIGTERM during a run: the service is stopped and the temporary folder deleted all the same - once no
     * PostgreSQL process uses it any more (the embedded PostgreSQL's own shutdown hook may be stopping it too).
     */
    private static void stopAndClean(TemporaryService service, Path folder) {
        try {
            if (service != null) {
                service.close();
            }
        } catch (RuntimeException e) {
            LOG.warn("the benchmark's service did not stop cleanly: {}", e.getMessage());
        }
        if (folder == null) {
            return;
        }
        String path = folder.toAbsolutePath().toString();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().map(c -> c.contains(path)).orElse(false))) {
            if (System.nanoTime() > deadline) {
                LOG.warn("PostgreSQL still runs in {}; the folder is left in place", folder);
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        TemporaryService.delete(folder);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            LOG.debug("the JVM is shutting down; the benchmark's stop hook runs");
        }
    }

    public BenchReport runRemote(Remote how) throws InterruptedException {
        Instant startedAt = clock.instant();
        String loadBefore = MachineLoad.now();
        RequestSource requests = new NhsQueryRequests(QueryRequestTemplate.of(how.asid(), how.organisation(),
                how.jobRole(), how.address().toString()), how.children(), List.of(how.user()), Clock.systemUTC());
        probe(how.address(), how.tls(), requests);
        TargetResult endpoint = new LoadGenerator(load, progress::accept, null).drive(new BenchTarget("endpoint",
                how.address(), how.tls(), requests, AnswerChecks.foundRecord()));
        return new BenchReport(startedAt, "remote", load, how.children().size(), cores(), loadBefore, MachineLoad.now(),
                endpoint, null, null, 1 + endpoint.answeredAllPhases(), null, goals.check(endpoint, null));
    }

    /** One query before the load: it must be answered with a record; its answer is returned. */
    private byte[] probe(URI address, SSLContext tls, RequestSource requests) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls)
                .connectTimeout(Duration.ofSeconds(10)).build();
        BenchRequest request = requests.next();
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(address)
                    .timeout(load.requestTimeout())
                    .header("Content-Type", "text/xml; charset=utf-8")
                    .header("SOAPAction", "\"" + QueryRequestTemplate.ACTION + "\"")
                    .POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String problem = AnswerChecks.foundRecord().problem(request, response.statusCode(),
                    new String(response.body(), StandardCharsets.UTF_8));
            if (problem != null) {
                throw new BenchmarkFailedException("the first query to " + address + " was not answered with a record: "
                        + problem);
            }
            LOG.info("Benchmark probe answered by {}: {} bytes", address, response.body().length);
            return response.body();
        } catch (IOException e) {
            throw new BenchmarkFailedException("cannot query " + address + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("cpis-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the benchmark: " + e.getMessage(), e);
        }
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
