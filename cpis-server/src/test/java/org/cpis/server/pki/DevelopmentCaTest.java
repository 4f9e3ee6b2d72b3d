package org.cpis.server.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.cpis.core.access.CertificateFingerprint;
import org.cpis.core.model.Asid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DevelopmentCaTest {

    private static final char[] PASSWORD = "test-password".toCharArray();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path temp;

    private static DevelopmentCa ca;

    @BeforeAll
    static void makeTheCa() {
        ca = DevelopmentCa.create("Test CA", Duration.ofDays(365), CLOCK);
    }

    @Test
    void theCaIsASelfSignedCaCertificateWithAUniqueName() throws Exception {
        X509Certificate certificate = ca.certificate();

        certificate.verify(certificate.getPublicKey());
        assertThat(certificate.getBasicConstraints()).isZero();
        assertThat(certificate.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(ca.name()).matches("Test CA [0-9a-f]{8}");
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=" + ca.name() + ",O=CP-IS development");
        assertThat(certificate.getNotAfter().toInstant()).isEqualTo(Instant.parse("2027-02-01T10:00:00Z"));
        assertThat(DevelopmentCa.create("Test CA", Duration.ofDays(1), CLOCK).name()).isNotEqualTo(ca.name());
    }

    @Test
    void aClientCertificateCarriesTheAsidAndIsForClientAuthentication() throws Exception {
        IssuedCertificate client = ca.issueClient(Asid.of("200000000123"), "Example ED system, Ward 1", Duration.ofDays(30));
        X509Certificate certificate = client.certificate();

        assertThat(certificate.getSubjectX500Principal().getName())
                .isEqualTo("CN=200000000123,OU=Example ED system\\, Ward 1,O=CP-IS development");
        assertThat(DevelopmentCa.commonName(certificate)).isEqualTo("200000000123");
        assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(client.fingerprint()).isEqualTo(CertificateFingerprint.ofCertificate(certificate.getEncoded()));
        assertValidUnder(ca.certificate(), certificate);
    }

    @Test
    void aServerCertificateNamesEveryHostAndThisMachine() throws Exception {
        IssuedCertificate server = ca.issueServer(List.of("CPIS.example.org", "192.0.2.10", "2001:db8::1"), Duration.ofDays(30));
        X509Certificate certificate = server.certificate();

        assertThat(DevelopmentCa.commonName(certificate)).isEqualTo("cpis.example.org");
        assertThat(certificate.getSubjectAlternativeNames().stream().map(name -> name.get(1).toString()).toList()).containsExactly(
                "cpis.example.org", "192.0.2.10", "2001:db8:0:0:0:0:0:1", "localhost", "127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertValidUnder(ca.certificate(), certificate);
    }

    @Test
    void noCertificateOutlivesTheCa() {
        IssuedCertificate client = ca.issueClient(Asid.of("200000000123"), "ED", Duration.ofDays(5000));

        assertThat(client.notAfter()).isEqualTo(ca.certificate().getNotAfter().toInstant());
    }

    @Test
    void theCaIsSavedAndLoadedAgain() {
        PkiFolder folder = PkiFolder.at(temp.resolve("pki"));
        ca.save(folder.caKeystore(), folder.caCertificate(), PASSWORD);

        DevelopmentCa again = DevelopmentCa.load(folder.caKeystore(), PASSWORD, CLOCK);

        assertThat(again.certificate()).isEqualTo(ca.certificate());
        assertThatThrownBy(() -> DevelopmentCa.load(folder.caKeystore(), "wrong-password".toCharArray(), CLOCK))
                .isInstanceOf(PkiException.class)
                .hasMessageStartingWith("cannot open " + folder.caKeystore() + ": wrong password");
        assertThatThrownBy(() -> DevelopmentCa.load(temp.resolve("none.p12"), PASSWORD, CLOCK))
                .hasMessage(temp.resolve("none.p12") + " does not exist; it should hold the development CA: run"
                        + " 'cpis-server pki init' first");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "cpis.example.org", "*.example.org", "a-b.c", "10.0.0.1", "::1", "2001:db8::1"})
    void hostNames(String host) {
        assertThat(DevelopmentCa.isHostName(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bad host", "-x.org", "x..org", "300.1.1.1", "http://x", "a_b.org", ":::zz"})
    void notHostNames(String host) {
        assertThat(DevelopmentCa.isHostName(host)).isFalse();
    }

    private static void assertValidUnder(X509Certificate ca, X509Certificate certificate) throws Exception {
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(java.util.Date.from(CLOCK.instant()));
        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate)), parameters);
    }
}
