package org.cpis.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CertificateFingerprintTest {

    private static final String HEX = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    @DisplayName("CP-NHS018: the fingerprint is the SHA-256 of the certificate's DER encoding, in lower-case hex")
    void sha256OfTheEncoding() {
        assertThat(CertificateFingerprint.ofCertificate("test".getBytes(StandardCharsets.US_ASCII)).hex()).isEqualTo(HEX);
    }

    @Test
    void readsTheFormsPeopleCopy() {
        CertificateFingerprint expected = new CertificateFingerprint(HEX);
        String colons = expected.colonSeparated();

        assertThat(colons).startsWith("9F:86:D0:81").hasSize(95);
        assertThat(CertificateFingerprint.of(colons)).isEqualTo(expected);
        assertThat(CertificateFingerprint.of("sha256 Fingerprint=" + colons)).isEqualTo(expected);
        assertThat(CertificateFingerprint.of("SHA256:" + HEX.toUpperCase())).isEqualTo(expected);
        assertThat(CertificateFingerprint.of("  " + HEX + "\n")).isEqualTo(expected);
        assertThat(CertificateFingerprint.of(colons.replace(':', ' '))).isEqualTo(expected);
    }

    @Test
    void refusesWhatIsNotAFingerprint() {
        assertThatThrownBy(() -> CertificateFingerprint.of(HEX.substring(2)))
                .hasMessageContaining("is not a SHA-256 certificate fingerprint");
        assertThatThrownBy(() -> CertificateFingerprint.of(HEX.replace('9', 'g')))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertificateFingerprint(HEX.toUpperCase()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
