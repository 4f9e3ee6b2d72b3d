package org.cpis.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.cpis.core.access.AccessDecision;
import org.cpis.core.access.AccessRefusal;
import org.cpis.core.access.CertificateBindingPolicy;
import org.cpis.core.access.CertificateFingerprint;
import org.cpis.core.access.SenderClaims;
import org.cpis.core.model.Asid;
import org.cpis.core.testing.InMemoryAccreditedSystems;
import org.cpis.server.pki.DevelopmentCa;
import org.cpis.server.pki.IssuedCertificate;
import org.cpis.server.pki.PkiFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real TLS handshakes on localhost between an {@link SSLServerSocket} and {@link SSLSocket}s, with certificates the
 * development CA made: the server requires client certificates from its CA (CP-NHS018).
 */
class TlsMaterialTest {

    private static final char[] PASSWORD = "test-password".toCharArray();
    private static final Asid ED = Asid.of("200000000123");
    private static final Asid STRANGER = Asid.of("200000000666");

    @TempDir
    static Path temp;

    private static PkiFolder pki;
    private static IssuedCertificate edClient;
    private static Path otherCaClient;
    private static Path otherCaCertificate;
    private static ExecutorService executor;

    @BeforeAll
    static void makeCertificates() {
        pki = PkiFolder.at(temp.resolve("pki"));
        DevelopmentCa ca = DevelopmentCa.create("Test CA", Duration.ofDays(30), Clock.systemUTC());
        ca.save(pki.caKeystore(), pki.caCertificate(), PASSWORD);
        ca.issueServer(List.of("cpis.test"), Duration.ofDays(10))
                .save(pki.serverKeystore(), pki.serverCertificate(), DevelopmentCa.SERVER_ALIAS, PASSWORD);
        edClient = ca.issueClient(ED, "Example ED system", Duration.ofDays(10));
        edClient.save(pki.clientKeystore(ED), pki.clientCertificate(ED), DevelopmentCa.CLIENT_ALIAS, PASSWORD);
        ca.issueClient(STRANGER, "Trusted but not registered", Duration.ofDays(10))
                .save(pki.clientKeystore(STRANGER), pki.clientCertificate(STRANGER), DevelopmentCa.CLIENT_ALIAS, PASSWORD);

        PkiFolder other = PkiFolder.at(temp.resolve("other-pki"));
        DevelopmentCa otherCa = DevelopmentCa.create("Test CA", Duration.ofDays(30), Clock.systemUTC());
        otherCa.save(other.caKeystore(), other.caCertificate(), PASSWORD);
        otherCa.issueClient(ED, "Example ED system", Duration.ofDays(10))
                .save(other.clientKeystore(ED), other.clientCertificate(ED), DevelopmentCa.CLIENT_ALIAS, PASSWORD);
        otherCaClient = other.clientKeystore(ED);
        otherCaCertificate = other.caCertificate();
        executor = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
    }

    /** Accepts one connection, completes the handshake and answers one byte; gives the client's fingerprint. */
    private static Future<Optional<CertificateFingerprint>> acceptOne(SSLServerSocket server) {
        return executor.submit(() -> {
            try (SSLSocket socket = (SSLSocket) server.accept()) {
                socket.setSoTimeout(10_000);
                socket.startHandshake();
                Optional<CertificateFingerprint> fingerprint = TlsMaterial.clientFingerprint(socket.getSession());
                socket.getOutputStream().write(42);
                socket.getOutputStream().flush();
                return fingerprint;
            }
        });
    }

    /** Connects to localhost, checking the server's certificate against the host name; returns the byte read. */
    private static int connect(SSLContext context, int port) throws IOException {
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", port)) {
            socket.setSoTimeout(10_000);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            return socket.getInputStream().read();
        }
    }

    private static SSLServerSocket server() throws IOException {
        return TlsMaterial.load(pki.directory(), PASSWORD).serverSocket(InetAddress.getLoopbackAddress(), 0);
    }

    @Test
    @DisplayName("CP-NHS018: a client with a certificate from the CA completes the handshake; the server reads its fingerprint")
    void clientOfTheCaIsAccepted() throws Exception {
        try (SSLServerSocket server = server()) {
            Future<Optional<CertificateFingerprint>> accepted = acceptOne(server);
            SSLContext client = TlsMaterial.load(pki.clientKeystore(ED), PASSWORD, pki.caCertificate()).sslContext();

            assertThat(connect(client, server.getLocalPort())).isEqualTo(42);
            assertThat(accepted.get(10, TimeUnit.SECONDS)).contains(edClient.fingerprint());
        }
    }

    @Test
    @DisplayName("CP-NHS018: a client whose certificate another CA signed is refused in the handshake")
    void clientOfAnotherCaIsRefused() throws Exception {
        try (SSLServerSocket server = server()) {
            Future<Optional<CertificateFingerprint>> accepted = acceptOne(server);
            SSLContext client = TlsMaterial.load(otherCaClient, PASSWORD, pki.caCertificate()).sslContext();

            assertRefused(client, server, accepted);
        }
    }

    @Test
    @DisplayName("CP-NHS018: a client without a certificate is refused in the handshake")
    void clientWithoutCertificateIsRefused() throws Exception {
        try (SSLServerSocket server = server()) {
            Future<Optional<CertificateFingerprint>> accepted = acceptOne(server);
            SSLContext client = SSLContext.getInstance("TLS");
            client.init(null, new javax.net.ssl.TrustManager[] {
                    TlsMaterial.trustManager(TlsMaterial.readCertificates(pki.caCertificate()))}, null);

            assertRefused(client, server, accepted);
        }
    }

    @Test
    @DisplayName("CP-NHS018: a certificate from the CA that is not on the allow-list gets through TLS but not the binding (CPIS-A001)")
    void trustedButUnregisteredCertificateIsRefusedByTheAllowList() throws Exception {
        InMemoryAccreditedSystems systems = new InMemoryAccreditedSystems()
                .register(ED.value(), "Example ED system", edClient.fingerprint(), false);
        CertificateBindingPolicy binding = new CertificateBindingPolicy(systems);
        try (SSLServerSocket server = server()) {
            Future<Optional<CertificateFingerprint>> accepted = acceptOne(server);
            SSLContext client = TlsMaterial.load(pki.clientKeystore(STRANGER), PASSWORD, pki.caCertificate()).sslContext();

            assertThat(connect(client, server.getLocalPort())).isEqualTo(42);
            CertificateFingerprint presented = accepted.get(10, TimeUnit.SECONDS).orElseThrow();
            AccessDecision decision = binding.check(presented, new SenderClaims(STRANGER, List.of(STRANGER), null));
            assertThat(decision).isInstanceOfSatisfying(AccessDecision.Refused.class,
                    refused -> assertThat(refused.reason()).isEqualTo(AccessRefusal.CERTIFICATE_NOT_REGISTERED));
            assertThat(binding.check(edClient.fingerprint(), new SenderClaims(ED, List.of(ED), null)).isAllowed()).isTrue();
        }
    }

    @Test
    void theServerCertificateNamesItsHostsAndTheServerTrustsOnlyItsCa() throws Exception {
        TlsMaterial server = TlsMaterial.load(pki.directory(), PASSWORD);

        assertThat(server.certificate().getSubjectAlternativeNames().stream().map(name -> name.get(1).toString()).toList())
                .containsExactly("cpis.test", "localhost", "127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(server.trustedCertificates()).hasSize(1);
        assertThat(server.trustManager().getAcceptedIssuers()).containsExactly(server.trustedCertificates().get(0));
        assertThat(TlsMaterial.readCertificates(otherCaCertificate).get(0))
                .isNotEqualTo(server.trustedCertificates().get(0));
    }

    @Test
    void unreadableMaterialFailsWithOneLineNamingTheFile() {
        assertThatThrownBy(() -> TlsMaterial.load(pki.directory(), "wrong-password".toCharArray()))
                .isInstanceOf(TlsMaterialException.class)
                .hasMessage("cannot open " + pki.serverKeystore() + ": wrong password");
        assertThatThrownBy(() -> TlsMaterial.load(temp.resolve("nowhere"), PASSWORD))
                .hasMessage(temp.resolve("nowhere").resolve("server.p12") + " does not exist");
    }

    @Test
    void readsSeveralTrustedCertificatesFromOnePemFile() throws IOException {
        Path both = temp.resolve("both.pem");
        Files.writeString(both, Files.readString(pki.caCertificate()) + Files.readString(otherCaCertificate));

        assertThat(TlsMaterial.readCertificates(both)).hasSize(2);
    }

    private static void assertRefused(SSLContext client, SSLServerSocket server,
                                      Future<Optional<CertificateFingerprint>> accepted) {
        // TLS 1.3: the client may finish its side before the server checks its certificate; it then reads nothing
        try {
            assertThat(connect(client, server.getLocalPort())).isEqualTo(-1);
        } catch (IOException refused) {
            // refused during the handshake or on the first read
        }
        assertThatThrownBy(() -> accepted.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(SSLHandshakeException.class);
    }
}
