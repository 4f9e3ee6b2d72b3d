package org.cpis.server.tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.cpis.core.access.CertificateFingerprint;

/**
 * The keys and trust of one end of a mutual-TLS connection, read from files, using the JDK alone:
 * <ul>
 *   <li>the <b>identity</b>: a PKCS#12 keystore holding one private key and its certificate chain (the server's
 *       {@code server.p12}, or a client's {@code clients/ASID.p12});</li>
 *   <li>the <b>trusted</b> certificate authorities: a PEM file of one or more CA certificates ({@code ca.pem});
 *       only certificates they signed are accepted from the other end.</li>
 * </ul>
 * For the NHS Query endpoint: {@code TlsMaterial.load(pkiFolder, password)}, then hand {@link #keyManagers()} and
 * {@link #trustManagers()} (or {@link #sslContext()}) to the HTTPS server, and require client certificates
 * ({@link #requireClientCertificates}). The TLS handshake then refuses any client without a certificate from a
 * trusted CA; which of those certificates may query is the allow-list's business (CP-NHS018): read the client's
 * fingerprint with {@link #clientFingerprint(SSLSession)} and give it to the core's {@code QueryAccessPolicy}.
 */
public final class TlsMaterial {

    /** The server's identity and the trusted CAs in a PKI folder (see {@code org.cpis.server.pki.PkiFolder}). */
    public static final String SERVER_KEYSTORE = "server.p12";
    public static final String TRUSTED_CERTIFICATES = "ca.pem";

    private final KeyManager[] keyManagers;
    private final X509TrustManager trustManager;
    private final X509Certificate certificate;
    private final List<X509Certificate> trusted;

    private TlsMaterial(KeyManager[] keyManagers, X509TrustManager trustManager, X509Certificate certificate,
                        List<X509Certificate> trusted) {
        this.keyManagers = keyManagers;
        this.trustManager = trustManager;
        this.certificate = certificate;
        this.trusted = trusted;
    }

    /** The server's TLS material in a PKI folder: {@code server.p12} and the CAs in {@code ca.pem}. */
    public static TlsMaterial load(Path pkiFolder, char[] password) {
        return load(pkiFolder.resolve(SERVER_KEYSTORE), password, pkiFolder.resolve(TRUSTED_CERTIFICATES));
    }

    /**
     * @param identity a PKCS#12 keystore with one private key entry (its password is the keystore's)
     * @param trustedCertificates a PEM file of the CA certificates to trust
     */
    public static TlsMaterial load(Path identity, char[] password, Path trustedCertificates) {
        Objects.requireNonNull(password, "password");
        KeyStore keyStore = readKeystore(identity, password);
        List<X509Certificate> trusted = readCertificates(trustedCertificates);
        try {
            X509Certificate own = null;
            for (Enumeration<String> aliases = keyStore.aliases(); aliases.hasMoreElements(); ) {
                String alias = aliases.nextElement();
                if (keyStore.isKeyEntry(alias)) {
                    own = (X509Certificate) keyStore.getCertificate(alias);
                    break;
                }
            }
            if (own == null) {
                throw new TlsMaterialException(identity + " holds no private key", null);
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, password);
            return new TlsMaterial(keys.getKeyManagers(), trustManager(trusted), own, trusted);
        } catch (GeneralSecurityException e) {
            throw new TlsMaterialException("cannot use the key in " + identity + ": " + e.getMessage(), e);
        }
    }

    /** A trust manager that accepts exactly the certificates these CAs signed (PKIX path validation). */
    public static X509TrustManager trustManager(List<X509Certificate> trustedCas) {
        try {
            KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
            trustStore.load(null, null);
            int n = 0;
            for (X509Certificate ca : trustedCas) {
                trustStore.setCertificateEntry("trusted-" + n++, ca);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trustStore);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the JDK gave no X509TrustManager");
        } catch (GeneralSecurityException | IOException e) {
            throw new TlsMaterialException("cannot build the trust manager: " + e.getMessage(), e);
        }
    }

    public KeyManager[] keyManagers() {
        return keyManagers.clone();
    }

    public X509TrustManager trustManager() {
        return trustManager;
    }

    public TrustManager[] trustManagers() {
        return new TrustManager[] {trustManager};
    }

    /** This end's own certificate. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The CA certificates trusted. */
    public List<X509Certificate> trustedCertificates() {
        return trusted;
    }

    /** A new TLS context (TLS 1.3 and 1.2, as the JDK enables them) with these keys and this trust. */
    public SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers, trustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new TlsMaterialException("cannot make a TLS context: " + e.getMessage(), e);
        }
    }

    /** The parameters with client certificates required: a client without one fails the handshake. */
    public static SSLParameters requireClientCertificates(SSLParameters parameters) {
        parameters.setNeedClientAuth(true);
        return parameters;
    }

    /** A listening server socket on {@code address:port} (0: any free port) that requires client certificates. */
    public SSLServerSocket serverSocket(InetAddress address, int port) throws IOException {
        SSLServerSocket socket = (SSLServerSocket) sslContext().getServerSocketFactory().createServerSocket(port, 50, address);
        socket.setNeedClientAuth(true);
        return socket;
    }

    /** The SHA-256 fingerprint of the client certificate of a TLS session, or empty when the client sent none. */
    public static Optional<CertificateFingerprint> clientFingerprint(SSLSession session) {
        try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length == 0 ? Optional.empty() : Optional.of(fingerprint(chain[0]));
        } catch (SSLPeerUnverifiedException e) {
            return Optional.empty();
        }
    }

    /** The SHA-256 fingerprint of a certificate, as the allow-list of accredited systems keeps it. */
    public static CertificateFingerprint fingerprint(Certificate certificate) {
        try {
            return CertificateFingerprint.ofCertificate(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded: " + e.getMessage(), e);
        }
    }

    /** The certificates of a PEM (or DER) file, in order. */
    public static List<X509Certificate> readCertificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw new TlsMaterialException(file + " holds no certificate", null);
            }
            return Collections.unmodifiableList(certificates);
        } catch (NoSuchFileException e) {
            throw new TlsMaterialException(file + " does not exist", e);
        } catch (IOException | GeneralSecurityException e) {
            throw new TlsMaterialException("cannot read certificates from " + file + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore readKeystore(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (NoSuchFileException e) {
            throw new TlsMaterialException(file + " does not exist", e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new TlsMaterialException("cannot open " + file + ": wrong password", e);
            }
            throw new TlsMaterialException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new TlsMaterialException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
