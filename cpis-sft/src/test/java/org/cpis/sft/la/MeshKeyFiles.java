package org.cpis.sft.la;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.cpis.sft.mesh.testing.TestCertificates;

/** Writes test certificates as an LA is given them: the client's PKCS#12 file and the CA certificate as PEM. */
final class MeshKeyFiles {

    static final String KEYSTORE_PASSWORD = "keystore-secret";

    private MeshKeyFiles() {
    }

    /** The client's key and certificate chain, PKCS#12, protected by {@link #KEYSTORE_PASSWORD}. */
    static Path keystore(Path file, TestCertificates.Identity client) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("mesh-client", client.keys().getPrivate(), KEYSTORE_PASSWORD.toCharArray(),
                    new Certificate[] {client.certificate(), client.issuer()});
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, KEYSTORE_PASSWORD.toCharArray());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate as PEM. */
    static Path pem(Path file, X509Certificate certificate) {
        try {
            String text = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
