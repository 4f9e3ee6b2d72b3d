package org.cpis.server.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cpis.core.model.Asid;
import org.cpis.core.model.InvalidValueException;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.Organisation;
import org.cpis.server.bench.BenchGoals;
import org.cpis.server.bench.BenchJson;
import org.cpis.server.bench.BenchReport;
import org.cpis.server.bench.BenchText;
import org.cpis.server.bench.BenchUser;
import org.cpis.server.bench.BenchmarkFailedException;
import org.cpis.server.bench.LoadSettings;
import org.cpis.server.bench.QueryBenchmark;
import org.cpis.server.pki.PkiFolder;
import org.cpis.server.pki.PkiPassword;
import org.cpis.server.settings.Settings;
import org.cpis.server.tls.TlsMaterial;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cpis-server bench query}: the NHS Query load benchmark (issue 4, section 5). Without {@code --url} it sets
 * up a service of its own in a temporary folder and compares it with a bare CXF echo endpoint; with {@code --url}
 * it drives a service that is already running.
 */
@Command(name = "query",
        description = {"Drives the NHS Query endpoint with N concurrent clients (closed loop, HTTP/1.1 keep-alive, mutual"
                + " TLS) for a warm-up and then a measured time, and prints answers per second and the p50, p95, p99 and"
                + " largest latencies; then the same for a bare CXF echo endpoint that answers with a response of the same"
                + " size, the ratio of the two, and whether each goal of issue 4 is met (2,000 queries/s, p99 <= 25 ms,"
                + " 40%% of the echo's throughput, at 160 clients). Progress goes to standard error every few seconds.",
                "Without --url (self-contained): in a new temporary folder (deleted afterwards unless --keep) starts the"
                        + " service as 'serve' does - embedded PostgreSQL, the NHS Query endpoint over mutual TLS with keys"
                        + " from a new development CA - registers a client system and --users nurses with B0107, stores a"
                        + " Child Protection Plan for each of --children demo children (NHS numbers from 999 100 0000),"
                        + " checks that every found query stored one access event, then drives the echo. The settings"
                        + " flags (--data, --db-url, ports) do not apply to it.",
                "With --url: drives a service that is already running, with the client keystore of a registered system;"
                        + " the NHS numbers queried must have records visible to the user. The echo is not driven there."},
        footerHeading = "%n",
        footer = {"Exit status: 0 every goal met; 1 the run completed but a goal was not met, there were errors, or the"
                + " access events do not match the found queries; 2 wrong usage; 3 the benchmark could not run.",
                "Example: cpis-server bench query --clients 160 --duration 30s --warmup 10s"})
final class BenchQueryCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(BenchQueryCommand.class);

    private static final String DEFAULT_ASID = "200000000123";
    private static final String DEFAULT_NHS_NUMBER = "9990000018";
    private static final String DEFAULT_USER = "555000000101";
    private static final String DEFAULT_ROLE_PROFILE = "555000100101";
    private static final String DEFAULT_JOB_ROLE = "S0030:G0100:R0570";
    private static final String DEFAULT_ODS = "RX1";
    private static final int MAX_CHILDREN = 100_000;
    private static final int MAX_USERS = 10_000;

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "160",
            description = "Concurrent clients, each a thread sending one query after another. Default: ${DEFAULT-VALUE}.")
    private int clients;

    @Option(names = "--duration", paramLabel = "TIME", defaultValue = "30s", converter = DurationConverter.class,
            description = "Measured time per target, after the warm-up: e.g. 30s, 2m. Default: 30s.")
    private Duration duration;

    @Option(names = "--warmup", paramLabel = "TIME", defaultValue = "10s", converter = DurationConverter.class,
            description = "Warm-up per target, not measured (JIT, connections, TLS handshakes). Default: 10s.")
    private Duration warmup;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "30s", converter = DurationConverter.class,
            description = "Longest wait for one answer before it counts as an error. Default: 30s.")
    private Duration timeout;

    @Option(names = "--progress", paramLabel = "TIME", defaultValue = "5s", converter = DurationConverter.class,
            description = "How often a progress line goes to standard error. Default: 5s.")
    private Duration progressEvery;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default: text.")
    private String format;

    @Option(names = "--children", paramLabel = "N",
            description = "Self-contained: demo children with a record, queried at random. Default: 1000.")
    private Integer children;

    @Option(names = "--users", paramLabel = "N",
            description = "Self-contained: demo nurses the queries are made for, at random. Default: 100.")
    private Integer users;

    @Option(names = "--no-echo", description = "Self-contained: do not drive the echo endpoint (no ratio).")
    private boolean noEcho;

    @Option(names = "--keep", description = "Self-contained: keep the temporary data folder (database, keys, log)"
            + " and print where it is.")
    private boolean keep;

    @Option(names = "--url", paramLabel = "URL",
            description = "Drive the NHS Query endpoint of a running service instead, e.g. https://localhost:8443/cpisquery.")
    private String url;

    @Option(names = "--asid", paramLabel = "ASID",
            description = "With --url: the ASID the client certificate is registered for. Default: " + DEFAULT_ASID + ".")
    private String asid;

    @Option(names = "--client-keystore", paramLabel = "FILE.p12",
            description = "With --url: the client's key and certificate (PKCS#12), opened with the PKI password"
                    + " (--pki-password, CPIS_PKI_PASSWORD, or <data>/pki/development-password)."
                    + " Default: <data>/pki/clients/ASID.p12, as 'pki client' writes it.")
    private Path clientKeystore;

    @Option(names = "--trust", paramLabel = "CA.pem",
            description = "With --url: the CA certificates the server's certificate is checked against."
                    + " Default: <data>/pki/ca.pem.")
    private Path trust;

    @Option(names = "--nhs-number", paramLabel = "NHS-NUMBER",
            description = "With --url: an NHS number with a record visible to the user; repeat for several, queried at"
                    + " random. Default: " + DEFAULT_NHS_NUMBER + " (docs/samples/la-upload.xml).")
    private List<String> nhsNumbers;

    @Option(names = "--user", paramLabel = "SDS-USER-ID",
            description = "With --url: the user the queries are made for. Default: " + DEFAULT_USER + " (docs/samples/roles.csv).")
    private String user;

    @Option(names = "--role-profile", paramLabel = "ID",
            description = "With --url: the user's role profile, with B0107. Default: " + DEFAULT_ROLE_PROFILE + ".")
    private String roleProfile;

    @Option(names = "--job-role", paramLabel = "CODE",
            description = "With --url: the user's job role. Default: " + DEFAULT_JOB_ROLE + " (staff nurse).")
    private String jobRole;

    @Option(names = "--ods", paramLabel = "ODS-CODE",
            description = "With --url: the user's organisation. Default: " + DEFAULT_ODS + ".")
    private String ods;

    BenchQueryCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() throws InterruptedException {
        boolean json = format(format);
        LoadSettings load = load();
        PrintWriter err = spec.commandLine().getErr();
        QueryBenchmark benchmark = new QueryBenchmark(load, BenchGoals.issue4(), line -> {
            err.println("bench query: " + line);
            err.flush();
        }, Clock.systemUTC());
        BenchReport report;
        try {
            report = url == null ? benchmark.runSelfContained(selfContained()) : benchmark.runRemote(remote());
        } catch (BenchmarkFailedException e) {
            throw new CommandFailedException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new BenchJson().render(report, out);
        } else {
            new BenchText().render(report, out);
        }
        LOG.info("bench query: endpoint {} answers/s, p99 {} us, errors {}", Math.round(report.endpoint().answersPerSecond()),
                report.endpoint().latency().p99Micros(), report.endpoint().errors());
        boolean allMet = report.checks().stream().allMatch(c -> Boolean.TRUE.equals(c.met()))
                && !Boolean.FALSE.equals(report.accessEventsMatch());
        return allMet ? CpisServerCli.OK : CpisServerCli.ANSWER_NO;
    }

    private boolean format(String text) {
        return switch (text) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new ParameterException(spec.commandLine(), "--format '" + text + "': give text or json");
        };
    }

    private LoadSettings load() {
        if (clients < 1 || clients > LoadSettings.MAX_CLIENTS) {
            throw new ParameterException(spec.commandLine(), "--clients '" + clients + "': give 1 to " + LoadSettings.MAX_CLIENTS);
        }
        if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new ParameterException(spec.commandLine(), "--duration '" + duration.toMillis() + " ms': measure at least 1s");
        }
        if (timeout.isZero() || progressEvery.isZero()) {
            throw new ParameterException(spec.commandLine(), "--timeout and --progress must be longer than zero");
        }
        return new LoadSettings(clients, warmup, duration, timeout, progressEvery);
    }

    private QueryBenchmark.SelfContained selfContained() {
        List<String> remoteOnly = new ArrayList<>();
        addIfGiven(remoteOnly, "--asid", asid);
        addIfGiven(remoteOnly, "--client-keystore", clientKeystore);
        addIfGiven(remoteOnly, "--trust", trust);
        addIfGiven(remoteOnly, "--nhs-number", nhsNumbers);
        addIfGiven(remoteOnly, "--user", user);
        addIfGiven(remoteOnly, "--role-profile", roleProfile);
        addIfGiven(remoteOnly, "--job-role", jobRole);
        addIfGiven(remoteOnly, "--ods", ods);
        if (!remoteOnly.isEmpty()) {
            throw new ParameterException(spec.commandLine(), String.join(", ", remoteOnly) + " go with --url (a running"
                    + " service); the self-contained benchmark makes its own system, users and children");
        }
        int childCount = children == null ? 1_000 : children;
        int userCount = users == null ? 100 : users;
        if (childCount < 1 || childCount > MAX_CHILDREN) {
            throw new ParameterException(spec.commandLine(), "--children '" + childCount + "': give 1 to " + MAX_CHILDREN);
        }
        if (userCount < 1 || userCount > MAX_USERS) {
            throw new ParameterException(spec.commandLine(), "--users '" + userCount + "': give 1 to " + MAX_USERS);
        }
        return new QueryBenchmark.SelfContained(childCount, userCount, !noEcho, keep);
    }

    private QueryBenchmark.Remote remote() {
        List<String> selfContainedOnly = new ArrayList<>();
        addIfGiven(selfContainedOnly, "--children", children);
        addIfGiven(selfContainedOnly, "--users", users);
        if (noEcho) {
            selfContainedOnly.add("--no-echo");
        }
        if (keep) {
            selfContainedOnly.add("--keep");
        }
        if (!selfContainedOnly.isEmpty()) {
            throw new ParameterException(spec.commandLine(), String.join(", ", selfContainedOnly) + " cannot go with"
                    + " --url: they set up the self-contained benchmark's own service");
        }
        URI address = address(url);
        Asid system = AccessArguments.asid(spec, "--asid", asid == null ? DEFAULT_ASID : asid);
        Organisation organisation = new Organisation(AccessArguments.odsCode(spec, "--ods", ods == null ? DEFAULT_ODS : ods),
                "Benchmark organisation");
        JobRoleCode role = jobRole(jobRole == null ? DEFAULT_JOB_ROLE : jobRole);
        BenchUser author = benchUser(user == null ? DEFAULT_USER : user, roleProfile == null ? DEFAULT_ROLE_PROFILE : roleProfile);
        List<NhsNumber> numbers = new ArrayList<>();
        for (String text : nhsNumbers == null ? List.of(DEFAULT_NHS_NUMBER) : nhsNumbers) {
            numbers.add(nhsNumber(text));
        }
        if (clientKeystore != null) {
            InputFile.requireReadable(spec, clientKeystore);
        }
        if (trust != null) {
            InputFile.requireReadable(spec, trust);
        }
        Settings settings = options.settings();
        PkiFolder pki = PkiFolder.of(settings.dataFolder());
        Path keystore = clientKeystore == null ? pki.clientKeystore(system) : clientKeystore;
        Path cas = trust == null ? pki.caCertificate() : trust;
        char[] password = PkiPassword.resolve(settings, false).value();
        TlsMaterial tls = TlsMaterial.load(keystore, password, cas);
        return new QueryBenchmark.Remote(address, tls.sslContext(), system, organisation, role, author, numbers);
    }

    private URI address(String text) {
        try {
            URI address = new URI(text);
            if (!"https".equalsIgnoreCase(address.getScheme()) || address.getHost() == null) {
                throw new ParameterException(spec.commandLine(), "--url '" + text + "': give the endpoint's https:// address,"
                        + " e.g. https://localhost:8443/cpisquery (the benchmark speaks mutual TLS only)");
            }
            return address;
        } catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--url '" + text + "': not a URL: " + e.getReason());
        }
    }

    private NhsNumber nhsNumber(String text) {
        try {
            return NhsNumber.of(text);
        } catch (InvalidValueException e) {
            throw new ParameterException(spec.commandLine(), "--nhs-number '" + text + "': " + e.error().message()
                    + " (" + e.error().code() + ")");
        }
    }

    private JobRoleCode jobRole(String text) {
        try {
            return JobRoleCode.of(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--job-role '" + text + "': not a job role code,"
                    + " e.g. " + DEFAULT_JOB_ROLE);
        }
    }

    private BenchUser benchUser(String userId, String profile) {
        try {
            return new BenchUser(userId, profile);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--user/--role-profile: " + e.getMessage());
        }
    }

    private static void addIfGiven(List<String> given, String option, Object value) {
        if (value != null) {
            given.add(option);
        }
    }
}
