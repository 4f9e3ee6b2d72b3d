package org.cpis.sft.mesh.testing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway certificate authority for tests of mutual TLS: EC P-256 keys, certificates built with BouncyCastle,
 * a server certificate for {@code localhost} / {@code 127.0.0.1} and client certificates with MESH-style common
 * names. Everything lives in memory and is valid for a day.
 */
public final class TestCertificates {

    private static final char[] PASSWORD = "test".toCharArray();
    private static final AtomicLong SERIALS = new AtomicLong(1000);

    private final Identity ca;

    private TestCertificates(Identity ca) {
        this.ca = ca;
    }

    /** A certificate, its key, and the key and trust managers made from them. */
    public record Identity(KeyPair keys, X509Certificate certificate, X509Certificate issuer) {

        public KeyManager[] keyManagers() {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, PASSWORD);
                store.setKeyEntry("key", keys.getPrivate(), PASSWORD, new Certificate[] {certificate, issuer});
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(store, PASSWORD);
                return factory.getKeyManagers();
            } catch (GeneralSecurityException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The SHA-256 fingerprint of the certificate, lower-case hex, as a mailbox registers it. */
        public String fingerprint() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static TestCertificates create() {
        KeyPair keys = keyPair();
        X500Name name = new X500Name("CN=CP-IS test CA");
        X509Certificate certificate = sign(name, keys, name, keys, true, null);
        return new TestCertificates(new Identity(keys, certificate, certificate));
    }

    /** The server's certificate, for {@code localhost} and {@code 127.0.0.1}. */
    public Identity server() {
        KeyPair keys = keyPair();
        GeneralNames names = new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1")});
        return new Identity(keys, sign(new X500Name("CN=localhost"), keys, name(ca), ca.keys(), false, names),
                ca.certificate());
    }

    /** A client certificate, e.g. {@code X09OT001.X09.api.mesh-client.nhs.uk}. */
    public Identity client(String commonName) {
        KeyPair keys = keyPair();
        return new Identity(keys, sign(new X500Name("CN=" + commonName), keys, name(ca), ca.keys(), false, null),
                ca.certificate());
    }

    /** Trust in this CA alone. */
    public TrustManager[] trustManagers() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, PASSWORD);
            store.setCertificateEntry("ca", ca.certificate());
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client's TLS context: its certificate, and trust in this CA. */
    public SSLContext clientContext(Identity client) {
        return context(client == null ? null : client.keyManagers());
    }

    /** A TLS context that trusts this CA but has no client certificate to show. */
    public SSLContext withoutClientCertificate() {
        return context(null);
    }

    private SSLContext context(KeyManager[] keyManagers) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers, trustManagers(), new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X500Name name(Identity identity) {
        return new X500Name(identity.certificate().getSubjectX500Principal().getName());
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X500Name subject, KeyPair subjectKeys, X500Name issuer, KeyPair issuerKeys,
                                        boolean isCa, GeneralNames alternativeNames) {
        try {
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(1))), subject, subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(isCa
                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.keyAgreement));
            if (alternativeNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames);
            }
            return new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a test certificate: " + e.getMessage(), e);
        }
    }
}
