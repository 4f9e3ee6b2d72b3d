package org.cpis.core.access;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 fingerprint of a client certificate: the digest of its DER encoding, kept as 64 lower-case hex
 * digits. This is what binds a TLS client to an accredited system (CP-NHS018).
 */
public record CertificateFingerprint(String hex) {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

    public CertificateFingerprint {
        if (hex == null || !FORM.matcher(hex).matches()) {
            throw new IllegalArgumentException("a SHA-256 certificate fingerprint is 64 hex digits"
                    + (hex == null ? "" : " (got '" + hex + "')"));
        }
    }

    /**
     * Reads a fingerprint as people copy it: 64 hex digits in either case, optionally in pairs separated by
     * colons or spaces (as {@code openssl x509 -fingerprint -sha256} and {@code keytool} print it), optionally
     * after a {@code sha256:} or {@code SHA256 Fingerprint=} label.
     */
    public static CertificateFingerprint of(String text) {
        Objects.requireNonNull(text, "text");
        String value = text.strip();
        int equals = value.indexOf('=');
        if (equals >= 0) {
            value = value.substring(equals + 1);
        }
        if (value.toLowerCase(Locale.ROOT).startsWith("sha256:")) {
            value = value.substring("sha256:".length());
        }
        String hex = value.replace(":", "").replace(" ", "").strip().toLowerCase(Locale.ROOT);
        if (!FORM.matcher(hex).matches()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a SHA-256 certificate fingerprint"
                    + " (64 hex digits, optionally in colon-separated pairs)");
        }
        return new CertificateFingerprint(hex);
    }

    /** The fingerprint of a certificate given in its DER encoding. */
    public static CertificateFingerprint ofCertificate(byte[] derEncoded) {
        Objects.requireNonNull(derEncoded, "derEncoded");
        try {
            return new CertificateFingerprint(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(derEncoded)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Upper-case colon-separated pairs, as {@code openssl x509 -fingerprint -sha256} prints it. */
    public String colonSeparated() {
        StringBuilder s = new StringBuilder(95);
        for (int i = 0; i < hex.length(); i += 2) {
            if (i > 0) {
                s.append(':');
            }
            s.append(hex, i, i + 2);
        }
        return s.toString().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return hex;
    }
}
