package org.cpis.server.pki;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.cpis.core.model.Asid;

/**
 * A certificate authority for development and demonstrations: it signs the server's certificate and the client
 * certificates of accredited systems, so that mutual TLS can be tried in minutes. Keys are RSA (3072 bits for the
 * CA, 2048 for the others), signatures SHA-256 with RSA; BouncyCastle builds the certificates, the JDK's own
 * providers make the keys and the signatures.
 *
 * <p>In production the server's certificate and the client certificates come from the organisation's real PKI;
 * only the allow-list of fingerprints (CP-NHS018) matters to CP-IS.
 */
public final class DevelopmentCa {

    public static final String CA_ALIAS = "cpis-ca";
    public static final String SERVER_ALIAS = "cpis-server";
    public static final String CLIENT_ALIAS = "cpis-client";

    /** The organisation named in every certificate this CA signs. */
    public static final String ORGANISATION = "CP-IS development";

    public static final Duration DEFAULT_CA_VALIDITY = Duration.ofDays(3650);
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(825);

    /** Host names always in the server certificate, so that it works on this machine. */
    public static final List<String> LOCAL_NAMES = List.of("localhost", "127.0.0.1", "::1");

    private static final String SIGNATURE = "SHA256withRSA";
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);
    private static final Pattern DNS_NAME = Pattern.compile(
            "(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final Pattern IP_V4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern IP_V6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

    private final IssuedCertificate ca;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private DevelopmentCa(IssuedCertificate ca, Clock clock) {
        this.ca = ca;
        this.clock = clock;
    }

    /**
     * A new CA with a self-signed certificate whose common name is {@code name} followed by a short random id, so
     * that two development CAs are never mistaken for one another.
     */
    public static DevelopmentCa create(String name, Duration validity, Clock clock) {
        requireText(name, "CA name");
        SecureRandom random = new SecureRandom();
        KeyPair keys = keyPair(3072);
        BigInteger serial = serial(random);
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, ORGANISATION)
                .addRDN(BCStyle.CN, name.strip() + " " + serial.toString(16).substring(0, 8))
                .build();
        Instant now = clock.instant();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial,
                    Date.from(now.minus(CLOCK_SKEW)), Date.from(now.plus(validity)), subject, keys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate certificate = sign(builder, keys.getPrivate());
            return new DevelopmentCa(new IssuedCertificate(keys.getPrivate(), certificate, certificate), clock);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new PkiException("cannot make the CA certificate: " + e.getMessage(), e);
        }
    }

    /** The CA kept in a PKCS#12 keystore (as {@link #save} wrote it). */
    public static DevelopmentCa load(Path keystore, char[] password, Clock clock) {
        KeyStore store = Keystores.read(keystore, password, "the development CA: run 'cpis-server pki init' first");
        try {
            PrivateKey key = (PrivateKey) store.getKey(CA_ALIAS, password);
            X509Certificate certificate = (X509Certificate) store.getCertificate(CA_ALIAS);
            if (key == null || certificate == null) {
                throw new PkiException(keystore + " holds no CA key under the alias " + CA_ALIAS);
            }
            return new DevelopmentCa(new IssuedCertificate(key, certificate, certificate), clock);
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot read the CA key in " + keystore + ": " + e.getMessage(), e);
        }
    }

    /** Writes the CA's key and certificate as a PKCS#12 keystore, and its certificate as PEM. */
    public void save(Path keystore, Path pem, char[] password) {
        ca.save(keystore, pem, CA_ALIAS, password);
    }

    public X509Certificate certificate() {
        return ca.certificate();
    }

    public IssuedCertificate issued() {
        return ca;
    }

    /** The CA's common name, e.g. "CP-IS development CA 5f3a09c1". */
    public String name() {
        return commonName(ca.certificate());
    }

    /**
     * The server's certificate: for TLS servers, with every name given and {@link #LOCAL_NAMES} as subject
     * alternative names (DNS names, IPv4 and IPv6 addresses). Its common name is the first name given.
     *
     * @throws IllegalArgumentException naming a host that is not a DNS name or an IP address
     */
    public IssuedCertificate issueServer(List<String> hosts, Duration validity) {
        Set<String> names = new LinkedHashSet<>();
        for (String host : hosts) {
            names.add(host.strip().toLowerCase(Locale.ROOT));
        }
        names.addAll(LOCAL_NAMES);
        List<GeneralName> alternatives = new ArrayList<>();
        for (String name : names) {
            alternatives.add(generalName(name));
        }
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, ORGANISATION)
                .addRDN(BCStyle.CN, names.iterator().next())
                .build();
        return issue(subject, validity, KeyPurposeId.id_kp_serverAuth,
                new GeneralNames(alternatives.toArray(GeneralName[]::new)));
    }

    /**
     * A client certificate for an accredited system: the subject's common name is its ASID, its organisational
     * unit the system's name.
     */
    public IssuedCertificate issueClient(Asid asid, String systemName, Duration validity) {
        requireText(systemName, "system name");
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, ORGANISATION)
                .addRDN(BCStyle.OU, systemName.strip())
                .addRDN(BCStyle.CN, asid.value())
                .build();
        return issue(subject, validity, KeyPurposeId.id_kp_clientAuth, null);
    }

    /**
     * A MESH client certificate for a Local Authority's mailbox: the common name follows MESH's
     * {@code mailboxid.odscode.api.mesh-client.nhs.uk}, the organisational unit is the LA's name.
     */
    public IssuedCertificate issueMailboxClient(String mailboxId, String odsCode, String localAuthority,
                                                Duration validity) {
        requireText(localAuthority, "Local Authority name");
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, ORGANISATION)
                .addRDN(BCStyle.OU, localAuthority.strip())
                .addRDN(BCStyle.CN, mailboxId + "." + odsCode + ".api.mesh-client.nhs.uk")
                .build();
        return issue(subject, validity, KeyPurposeId.id_kp_clientAuth, null);
    }

    /** Whether a text is a host name or address {@link #issueServer} accepts. */
    public static boolean isHostName(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String host = text.strip();
        if (IP_V4.matcher(host).matches() || IP_V6.matcher(host).matches()) {
            return isAddress(host);
        }
        return host.length() <= 253 && DNS_NAME.matcher(host).matches();
    }

    /** The common name (CN) of a certificate's subject. */
    public static String commonName(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return name.getRDNs(BCStyle.CN).length == 0 ? ""
                : name.getRDNs(BCStyle.CN)[0].getFirst().getValue().toString();
    }

    private IssuedCertificate issue(X500Name subject, Duration validity, KeyPurposeId purpose, GeneralNames alternatives) {
        KeyPair keys = keyPair(2048);
        Instant now = clock.instant();
        Instant notAfter = now.plus(validity);
        if (notAfter.isAfter(ca.notAfter())) {
            notAfter = ca.notAfter();
        }
        try {
            X500Name issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial(random),
                    Date.from(now.minus(CLOCK_SKEW)), Date.from(notAfter), subject, keys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(ca.certificate()));
            if (alternatives != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, alternatives);
            }
            return new IssuedCertificate(keys.getPrivate(), sign(builder, ca.key()), ca.certificate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new PkiException("cannot make the certificate for " + subject + ": " + e.getMessage(), e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) throws GeneralSecurityException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE).build(key);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
    }

    private static GeneralName generalName(String host) {
        if (!isHostName(host)) {
            throw new IllegalArgumentException("'" + host + "' is not a host name or IP address");
        }
        if (IP_V4.matcher(host).matches() || IP_V6.matcher(host).matches()) {
            return new GeneralName(GeneralName.iPAddress, host);
        }
        return new GeneralName(GeneralName.dNSName, host);
    }

    private static boolean isAddress(String literal) {
        if (!literal.contains(":")) {
            return java.util.Arrays.stream(literal.split("\\.")).allMatch(part -> Integer.parseInt(part) <= 255);
        }
        try {
            // in brackets, only an IPv6 literal is accepted: the name is parsed, never looked up
            InetAddress.getByName("[" + literal + "]");
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static KeyPair keyPair(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot make an RSA key: " + e.getMessage(), e);
        }
    }

    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(127, random).setBit(126);
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a " + what + " is required");
        }
    }

    /** Reading PKCS#12 keystores with one-line failures. */
    static final class Keystores {

        private Keystores() {
        }

        static KeyStore read(Path file, char[] password, String whatIsMissing) {
            Objects.requireNonNull(password, "password");
            try (InputStream in = Files.newInputStream(file)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, password);
                return store;
            } catch (NoSuchFileException e) {
                throw new PkiException(file + " does not exist; it should hold " + whatIsMissing);
            } catch (IOException e) {
                if (e.getCause() instanceof UnrecoverableKeyException) {
                    throw new PkiException("cannot open " + file + ": wrong password (the pki.password setting, or"
                            + " the development password file when it is not set)", e);
                }
                throw new PkiException("cannot read " + file + ": " + e.getMessage(), e);
            } catch (GeneralSecurityException e) {
                throw new PkiException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
