package org.cpis.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.cpis.core.access.AccreditedSystem;
import org.cpis.core.access.DirectoryUser;
import org.cpis.core.access.RoleProfile;
import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.server.logging.ConsoleLog;
import org.cpis.server.pki.DevelopmentCa;
import org.cpis.server.pki.IssuedCertificate;
import org.cpis.server.pki.PkiFolder;
import org.cpis.server.runtime.CpisService;
import org.cpis.server.runtime.DataFolder;
import org.cpis.server.settings.ExchangeSettings;
import org.cpis.server.settings.LogLevel;
import org.cpis.server.settings.QuerySettings;
import org.cpis.server.settings.Settings;
import org.cpis.server.tls.TlsMaterial;
import org.cpis.store.CpisDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service under benchmark, set up in a data folder of its own as an operator would set up a real one, and
 * started the way {@code cpis-server serve} starts it ({@link CpisService}): the embedded PostgreSQL, durable; the
 * NHS Query endpoint over mutual TLS with keys from a new development CA (as {@code pki init} and {@code pki server}
 * make them); one accredited system registered with its client certificate (as {@code pki client --register}); a
 * role directory of nurses with activity B0107 (as {@code users load}); and the demo children's records.
 */
public final class TemporaryService implements AutoCloseable {

    /** The ASID of the benchmark's client system. */
    public static final Asid CLIENT_ASID = Asid.of("200000000321");
    /** Its organisation (as the sample ED system's). */
    public static final Organisation CLIENT_ORGANISATION = new Organisation(OdsCode.of("RX1"),
            "Example University Hospitals NHS Trust");
    /** The job role of every demo user: a staff nurse, who sees every plan but unborn ones. */
    public static final JobRoleCode NURSE = JobRoleCode.of("S0030:G0100:R0570");

    private static final Logger LOG = LoggerFactory.getLogger(TemporaryService.class);
    private static final Duration KEY_VALIDITY = Duration.ofDays(2);
    private static final String QUERY_ACTIVITY = "B0107";

    private final Path folder;
    private final CpisService service;
    private final TlsMaterial server;
    private final TlsMaterial client;
    private final List<NhsNumber> children;
    private final List<BenchUser> users;

    private TemporaryService(Path folder, CpisService service, TlsMaterial server, TlsMaterial client,
                             List<NhsNumber> children, List<BenchUser> users) {
        this.folder = folder;
        this.service = service;
        this.server = server;
        this.client = client;
        this.children = children;
        this.users = users;
    }

    /**
     * Sets the service up in {@code folder} (which should be new and empty) and starts it.
     *
     * @param childCount how many demo children to hold records for
     * @param userCount  how many demo nurses to register
     */
    public static TemporaryService start(Path folder, int childCount, int userCount, Clock clock) {
        List<NhsNumber> children = DemoChildren.numbers(childCount);
        List<BenchUser> users = users(userCount);
        String password = randomPassword();
        Settings settings = new Settings(folder.toAbsolutePath().normalize(), null, null, null, 0, LogLevel.INFO, null,
                password, new QuerySettings(0, QuerySettings.DEFAULT.path(), false),
                ExchangeSettings.DEFAULT.withMeshPort(0), List.of());
        DataFolder.prepare(settings, ConsoleLog.PROBLEMS);
        IssuedCertificate clientCertificate = makeKeys(PkiFolder.of(settings.dataFolder()), password.toCharArray(), clock);
        PkiFolder pki = PkiFolder.of(settings.dataFolder());
        TlsMaterial server = TlsMaterial.load(pki.directory(), password.toCharArray());
        TlsMaterial client = TlsMaterial.load(pki.clientKeystore(CLIENT_ASID), password.toCharArray(), pki.caCertificate());
        CpisService service = CpisService.start(settings);
        try {
            if (service.queryEndpoint() == null) {
                throw new IllegalStateException("the NHS Query endpoint did not start in " + folder);
            }
            load(service.database(), clientCertificate, children, users, clock);
            LOG.info("Benchmark service ready: {} demo children, {} users, endpoint {}", children.size(), users.size(),
                    service.queryEndpoint().address());
            return new TemporaryService(folder, service, server, client, children, users);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }

    private static IssuedCertificate makeKeys(PkiFolder pki, char[] password, Clock clock) {
        DevelopmentCa ca = DevelopmentCa.create("CP-IS benchmark CA", KEY_VALIDITY, clock);
        ca.save(pki.caKeystore(), pki.caCertificate(), password);
        ca.issueServer(List.of(), KEY_VALIDITY).save(pki.serverKeystore(), pki.serverCertificate(),
                DevelopmentCa.SERVER_ALIAS, password);
        IssuedCertificate client = ca.issueClient(CLIENT_ASID, "CP-IS benchmark client", KEY_VALIDITY);
        client.save(pki.clientKeystore(CLIENT_ASID), pki.clientCertificate(CLIENT_ASID), DevelopmentCa.CLIENT_ALIAS,
                password);
        return client;
    }

    private static void load(CpisDatabase database, IssuedCertificate clientCertificate, List<NhsNumber> children,
                             List<BenchUser> users, Clock clock) {
        database.accreditedSystems().register(new AccreditedSystem(CLIENT_ASID, "CP-IS benchmark client",
                CLIENT_ORGANISATION.code(), Set.of(clientCertificate.fingerprint()), true, false));
        List<DirectoryUser> directory = new ArrayList<>(users.size());
        for (BenchUser user : users) {
            directory.add(new DirectoryUser(user.userId(), "Bench", "Nurse " + user.userId(), true,
                    List.of(new RoleProfile(user.roleProfileId(), NURSE, Set.of(QUERY_ACTIVITY)))));
        }
        database.roleDirectory().putAll(directory);
        Instant now = clock.instant();
        for (int from = 0; from < children.size(); from += 1_000) {
            List<NhsNumber> batch = children.subList(from, Math.min(children.size(), from + 1_000));
            int first = from;
            database.transactions().inTransaction(s -> {
                for (int i = 0; i < batch.size(); i++) {
                    s.records().replace(DemoChildren.entry(batch.get(i), first + i + 1, now));
                }
                return null;
            });
        }
    }

    private static List<BenchUser> users(int count) {
        if (count < 1 || count > 100_000) {
            throw new IllegalArgumentException("the number of demo users must be 1 to 100000, got " + count);
        }
        List<BenchUser> users = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            users.add(new BenchUser(String.format("5559%08d", n), String.format("5558%08d", n)));
        }
        return users;
    }

    private static String randomPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    public Path folder() {
        return folder;
    }

    public CpisService service() {
        return service;
    }

    /** The client's side of mutual TLS: the registered system's certificate, trusting the benchmark's CA. */
    public SSLContext clientTls() {
        return client.sslContext();
    }

    /** The server's certificate and trust, for the echo endpoint to use the same. */
    public TlsMaterial serverTls() {
        return server;
    }

    public List<NhsNumber> children() {
        return children;
    }

    public List<BenchUser> users() {
        return users;
    }

    /** How many access events the database holds. */
    public long accessEvents() {
        return service.database().transactions().inTransaction(
                s -> s.accessLog().countBetween(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z")));
    }

    /** Stops the service (endpoint, then database). */
    @Override
    public void close() {
        service.stop();
    }

    /** Deletes a folder and everything in it; what cannot be deleted is named in the exception. */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the benchmark's folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
