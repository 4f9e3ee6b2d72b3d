package org.cpis.sft.la.transport.mesh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Collections;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.cpis.sft.la.LaClientException;
import org.cpis.sft.la.LaCode;
import org.cpis.sft.la.settings.LaSettingsFile;
import org.cpis.sft.la.settings.MeshApiSettings;

/**
 * The TLS context of the LA's MESH connection, from the files its settings name: the client certificate and key
 * ({@code mesh.keystore}, PKCS#12, with the certificate the MESH operator issued for the mailbox) and the CA
 * certificates the server's certificate must chain to ({@code mesh.trust-store}: a PEM file such as the CP-IS
 * service's {@code pki/ca.pem}, or a PKCS#12 trust store; absent: Java's own trusted CAs). A file that cannot be
 * used is a {@link LaCode#MESH_KEYS_UNREADABLE} error naming the setting and what is wrong.
 */
final class MeshTls {

    private MeshTls() {
    }

    /** The context for {@code settings}; {@code null} over plain HTTP (a demo door on this computer). */
    static SSLContext context(MeshApiSettings settings) {
        if (settings.plainHttp()) {
            return null;
        }
        KeyManager[] keys = settings.keystore() == null ? null
                : keyManagers(settings.keystore(), settings.keystorePassword());
        TrustManager[] trust = settings.trustStore() == null ? null
                : trustManagers(settings.trustStore(), settings.trustStorePassword());
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no TLS: " + e.getMessage(), e);
        }
    }

    private static KeyManager[] keyManagers(Path file, String password) {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        KeyStore store = load(LaSettingsFile.MESH_KEYSTORE, file, secret);
        try {
            if (Collections.list(store.aliases()).stream().noneMatch(a -> isKey(store, a))) {
                throw unusable(LaSettingsFile.MESH_KEYSTORE, file, "it holds no private key with its certificate; use"
                        + " the .p12 file issued for the mailbox (e.g. by 'cpis-server pki mailbox')");
            }
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, secret);
            return factory.getKeyManagers();
        } catch (UnrecoverableKeyException e) {
            throw unusable(LaSettingsFile.MESH_KEYSTORE_PASSWORD, file, "the key cannot be opened with this password");
        } catch (GeneralSecurityException e) {
            throw unusable(LaSettingsFile.MESH_KEYSTORE, file, e.getMessage());
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static TrustManager[] trustManagers(Path file, String password) {
        KeyStore store;
        if (isPem(file)) {
            store = pemTrustStore(file);
        } else {
            store = load(LaSettingsFile.MESH_TRUST_STORE, file, password == null ? null : password.toCharArray());
        }
        try {
            if (Collections.list(store.aliases()).stream().noneMatch(a -> isCertificate(store, a))) {
                throw unusable(LaSettingsFile.MESH_TRUST_STORE, file, "it holds no certificate to trust");
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (GeneralSecurityException e) {
            throw unusable(LaSettingsFile.MESH_TRUST_STORE, file, e.getMessage());
        }
    }

    private static boolean isCertificate(KeyStore store, String alias) {
        try {
            return store.isCertificateEntry(alias) || store.getCertificate(alias) != null;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean isPem(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(4096), StandardCharsets.US_ASCII);
            return start.contains("-----BEGIN ");
        } catch (IOException e) {
            throw unusable(LaSettingsFile.MESH_TRUST_STORE, file, "it cannot be read: " + e.getMessage());
        }
    }

    private static KeyStore pemTrustStore(Path file) {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException | GeneralSecurityException e) {
            throw unusable(LaSettingsFile.MESH_TRUST_STORE, file, "it is not a PEM file of certificates: "
                    + e.getMessage());
        }
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (Certificate c : certificates) {
                if (c instanceof X509Certificate) {
                    store.setCertificateEntry("ca-" + n++, c);
                }
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make an in-memory trust store: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(String key, Path file, char[] password) {
        if (!Files.isRegularFile(file)) {
            throw unusable(key, file, "there is no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw unusable(key.equals(LaSettingsFile.MESH_KEYSTORE) ? LaSettingsFile.MESH_KEYSTORE_PASSWORD
                        : LaSettingsFile.MESH_TRUST_STORE_PASSWORD, file, "the password does not open it");
            }
            throw unusable(key, file, "it is not a PKCS#12 file (" + e.getMessage() + ")");
        } catch (GeneralSecurityException e) {
            throw unusable(key, file, "it is not a PKCS#12 file (" + e.getMessage() + ")");
        }
    }

    private static LaClientException unusable(String key, Path file, String why) {
        return new LaClientException(LaCode.MESH_KEYS_UNREADABLE, key + ": " + file.toAbsolutePath() + " cannot be"
                + " used: " + why);
    }
}
