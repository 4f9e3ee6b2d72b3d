package org.cpis.store.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The SHA-256 hashes (lower-case hex) that chain the audit trail:
 * <ul>
 *   <li>detail hash = sha256(detail);</li>
 *   <li>content hash = sha256 of the canonical text {@code cpis-audit-v1} followed, for each of at (ISO-8601),
 *       action, actor, actor organisation, subject NHS number and detail hash, by {@code |} and either
 *       {@code -} (absent) or {@code <length>:<value>}, so that no two different contents share a text;</li>
 *   <li>row hash = sha256(previous row hash + sequence + content hash), the first row's previous hash being
 *       {@link #GENESIS}.</li>
 * </ul>
 * Hashing the detail separately lets a redacted row, whose detail is gone, still prove the rest of its content.
 */
final class AuditHashes {

    static final String GENESIS = "0".repeat(64);

    private static final String CANONICAL_FORM = "cpis-audit-v1";

    private AuditHashes() {
    }

    static String ofDetail(String detail) {
        return sha256(detail);
    }

    static String ofContent(Instant at, String action, String actor, String actorOrganisation, String subjectNhs,
                            String detailHash) {
        StringBuilder canonical = new StringBuilder(CANONICAL_FORM);
        for (String field : Arrays.asList(at.toString(), action, actor, actorOrganisation, subjectNhs, detailHash)) {
            canonical.append('|');
            if (field == null) {
                canonical.append('-');
            } else {
                canonical.append(field.length()).append(':').append(field);
            }
        }
        return sha256(canonical.toString());
    }

    static String ofRow(String previousRowHash, long sequence, String contentHash) {
        return sha256(previousRowHash + sequence + contentHash);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
