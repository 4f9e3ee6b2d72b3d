package org.cpis.server.pki;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;
import org.cpis.core.access.CertificateFingerprint;

/**
 * A private key and its certificate, signed by {@code issuer} (or by itself, for a CA).
 */
public record IssuedCertificate(PrivateKey key, X509Certificate certificate, X509Certificate issuer) {

    public IssuedCertificate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(issuer, "issuer");
    }

    /** The SHA-256 fingerprint of the certificate, as the allow-list of accredited systems keeps it. */
    public CertificateFingerprint fingerprint() {
        try {
            return CertificateFingerprint.ofCertificate(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new PkiException("cannot encode the certificate " + certificate.getSubjectX500Principal(), e);
        }
    }

    public Instant notAfter() {
        return certificate.getNotAfter().toInstant();
    }

    /** The certificate, then its issuer unless it signed itself. */
    public Certificate[] chain() {
        return certificate.equals(issuer) ? new Certificate[] {certificate} : new Certificate[] {certificate, issuer};
    }

    /**
     * Writes the key and the certificate chain as a PKCS#12 keystore under {@code alias} (readable by its owner
     * only), and the certificate as PEM.
     */
    public void save(Path keystore, Path pem, String alias, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, key, password, chain());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, password);
            PkiFolder.write(keystore, bytes.toByteArray(), true);
        } catch (GeneralSecurityException | IOException e) {
            throw new PkiException("cannot make the keystore " + keystore + ": " + e.getMessage(), e);
        }
        PkiFolder.writeText(pem, Pem.certificate(certificate), false);
    }
}
