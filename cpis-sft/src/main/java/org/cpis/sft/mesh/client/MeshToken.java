package org.cpis.sft.mesh.client;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The MESH authorisation token, as both ends of the MESH API see it: the header text
 * {@code NHSMESH <mailbox>:<nonce>:<nonce count>:<timestamp>:<hash>}, where the hash is the lower-case hex
 * HMAC-SHA256, keyed with the environment's shared secret, of {@code <mailbox>:<nonce>:<nonce count>:<mailbox
 * password>:<timestamp>} (the password is inside the MAC input and never in the header). The timestamp is UTC
 * {@code yyyyMMddHHmm}. See MESH-AND-SFT.md section 2.2.
 *
 * @param mailbox    the calling mailbox, as written in the header
 * @param nonce      a one-time value (a GUID by convention)
 * @param nonceCount how many times the nonce was used before, in decimal
 * @param timestamp  the UTC time the token was made, {@code yyyyMMddHHmm}
 * @param hash       the HMAC, hex, as written in the header (either case)
 */
public record MeshToken(String mailbox, String nonce, String nonceCount, String timestamp, String hash) {

    /** The custom authorisation scheme; one space follows it in the header. */
    public static final String SCHEME = "NHSMESH";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmm")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STRICT_TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern MAILBOX = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9._~{}-]{1,100}");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,18}");
    private static final Pattern STAMP = Pattern.compile("[0-9]{12}");
    private static final Pattern HEX_HASH = Pattern.compile("[0-9A-Fa-f]{64}");

    public MeshToken {
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(nonceCount, "nonceCount");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(hash, "hash");
    }

    /** Makes the token a client sends for one request. */
    public static MeshToken create(String mailbox, String password, String sharedSecret, String nonce, long nonceCount,
                                   Instant at) {
        String count = Long.toString(nonceCount);
        String stamp = TIMESTAMP.format(at);
        return new MeshToken(mailbox, nonce, count, stamp, hmac(sharedSecret, mailbox, nonce, count, password, stamp));
    }

    /**
     * The token's hash: HMAC-SHA256 keyed with {@code sharedSecret} (UTF-8) over
     * {@code mailbox:nonce:nonceCount:password:timestamp} (UTF-8), as lower-case hex.
     */
    public static String hmac(String sharedSecret, String mailbox, String nonce, String nonceCount, String password,
                              String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sharedSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((mailbox + ":" + nonce + ":" + nonceCount + ":" + password + ":" + timestamp)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
        }
    }

    /**
     * Reads an {@code Authorization} header strictly: the scheme (any case) and one space, then exactly five
     * colon-separated parts: a mailbox id, a nonce, a decimal nonce count, a 12-digit timestamp and a 64-digit hex
     * hash. Throws {@link IllegalArgumentException} saying what is wrong.
     */
    public static MeshToken parse(String header) {
        if (header == null || header.isEmpty()) {
            throw new IllegalArgumentException("there is no Authorization header");
        }
        if (header.length() < SCHEME.length() + 1
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || header.charAt(SCHEME.length()) != ' ') {
            throw new IllegalArgumentException("the Authorization header does not start with '" + SCHEME + " '");
        }
        String[] parts = header.substring(SCHEME.length() + 1).split(":", -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException("the token has " + parts.length
                    + " colon-separated parts; it needs 5: mailbox:nonce:nonce_count:timestamp:hash");
        }
        require(MAILBOX, parts[0], "the mailbox id");
        require(NONCE, parts[1], "the nonce");
        require(COUNT, parts[2], "the nonce count (decimal digits)");
        require(STAMP, parts[3], "the timestamp (yyyyMMddHHmm)");
        require(HEX_HASH, parts[4], "the hash (64 hex digits)");
        MeshToken token = new MeshToken(parts[0], parts[1], parts[2], parts[3], parts[4]);
        token.instant();
        return token;
    }

    private static void require(Pattern shape, String value, String what) {
        if (!shape.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " of the token is not valid");
        }
    }

    /** The moment the timestamp names (UTC); {@link IllegalArgumentException} when it is no real time. */
    public Instant instant() {
        try {
            return LocalDateTime.parse(timestamp, STRICT_TIMESTAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("the timestamp of the token is not a real time (yyyyMMddHHmm)", e);
        }
    }

    /** Whether {@code expectedHash} (lower-case hex) equals this token's hash, compared in constant time. */
    public boolean hashMatches(String expectedHash) {
        byte[] expected = expectedHash.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        byte[] supplied = hash.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return java.security.MessageDigest.isEqual(expected, supplied);
    }

    /** The header value: {@code NHSMESH mailbox:nonce:count:timestamp:hash}. */
    public String header() {
        return SCHEME + " " + mailbox + ":" + nonce + ":" + nonceCount + ":" + timestamp + ":" + hash;
    }

    @Override
    public String toString() {
        return "MeshToken[" + mailbox + ":" + nonce + ":" + nonceCount + ":" + timestamp + "]";
    }
}
