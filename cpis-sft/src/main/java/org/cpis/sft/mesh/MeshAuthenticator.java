package org.cpis.sft.mesh;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxDirectory;
import org.cpis.core.exchange.MailboxId;
import org.cpis.sft.mesh.client.MeshToken;

/**
 * Who is calling: checks the MESH authorisation token of a request against the mailbox in its path
 * (MESH-AND-SFT.md 2.2), and the TLS client certificate against the one registered for the mailbox. In this order,
 * each failure a 403 of its own: the header reads as a token (CPIS-M001); its mailbox is the path's, upper-cased
 * (M002); the mailbox is registered (M003); the HMAC over {@code mailbox:nonce:count:password:timestamp} keyed with
 * the shared secret matches, compared in constant time and in either case (M005); the timestamp is within the
 * allowed skew of the clock (M006); the token was not used before (M007); the mailbox is enabled (M004); the client
 * certificate is the mailbox's registered one when it has one (M008).
 */
final class MeshAuthenticator {

    private final MailboxDirectory mailboxes;
    private final Clock clock;
    private final String sharedSecret;
    private final Duration skew;
    private final ReplayGuard replays;
    private final boolean certificatesChecked;

    /**
     * @param certificatesChecked whether requests come over mutual TLS, so that a mailbox's registered certificate
     *                            is enforced (false only for the plain-HTTP demo)
     */
    MeshAuthenticator(MailboxDirectory mailboxes, Clock clock, String sharedSecret, Duration skew, int replayCacheSize,
                      boolean certificatesChecked) {
        this.mailboxes = Objects.requireNonNull(mailboxes, "mailboxes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sharedSecret = Objects.requireNonNull(sharedSecret, "sharedSecret");
        this.skew = Objects.requireNonNull(skew, "skew");
        this.replays = new ReplayGuard(replayCacheSize);
        this.certificatesChecked = certificatesChecked;
    }

    /**
     * The caller's mailbox, or a {@link MeshFailure} saying why not.
     *
     * @param authorization   the {@code Authorization} header, or {@code null}
     * @param pathMailbox     the mailbox id in the request's path, as written
     * @param peerCertificates the TLS client's certificate chain, or {@code null} over plain HTTP
     */
    Mailbox authenticate(String authorization, String pathMailbox, Certificate[] peerCertificates) {
        MeshToken token = read(authorization);
        String expected = pathMailbox == null ? "" : pathMailbox.strip().toUpperCase(java.util.Locale.ROOT);
        if (!token.mailbox().equals(expected)) {
            throw new MeshFailure(MeshProblem.MAILBOX_TOKEN_MISMATCH, "the token names mailbox " + token.mailbox()
                    + " but the path names " + expected + "; both must be the same upper-case mailbox id");
        }
        MailboxId id = MailboxId.of(token.mailbox());
        Optional<Mailbox> mailbox = mailboxes.find(id);
        Optional<String> password = mailboxes.password(id);
        if (mailbox.isEmpty() || password.isEmpty()) {
            throw new MeshFailure(MeshProblem.NO_MAILBOX_MATCHED, "mailbox " + id + " is not registered with CP-IS");
        }
        String hash = MeshToken.hmac(sharedSecret, token.mailbox(), token.nonce(), token.nonceCount(), password.get(),
                token.timestamp());
        if (!token.hashMatches(hash)) {
            throw new MeshFailure(MeshProblem.INVALID_TOKEN, "the hash does not match; check the environment shared"
                    + " secret and the mailbox password the client is configured with");
        }
        Instant now = clock.instant();
        Instant at = token.instant();
        if (Duration.between(at, now).abs().compareTo(skew) > 0) {
            throw new MeshFailure(MeshProblem.STALE_TOKEN, "the token's timestamp " + token.timestamp()
                    + " (UTC) is more than " + skew.toMinutes() + " minutes from the server's time "
                    + MeshBodies.MESH_TIME.format(now) + "; set the client's clock right and send a new token");
        }
        if (!replays.firstUse(token.mailbox(), token.nonce(), token.nonceCount(), at.plus(skew), now)) {
            throw new MeshFailure(MeshProblem.DUPLICATED_TOKEN, "this mailbox, nonce and nonce count were used"
                    + " before; every request needs a new token (a new nonce or a higher nonce count)");
        }
        if (!mailbox.get().enabled()) {
            throw new MeshFailure(MeshProblem.INACTIVE_MAILBOX, "mailbox " + id + " is disabled; ask the CP-IS"
                    + " service desk to enable it");
        }
        checkCertificate(mailbox.get(), peerCertificates);
        return mailbox.get();
    }

    private static MeshToken read(String authorization) {
        try {
            return MeshToken.parse(authorization);
        } catch (IllegalArgumentException e) {
            throw new MeshFailure(MeshProblem.AUTHORIZATION_UNREADABLE, e.getMessage()
                    + "; send 'NHSMESH mailbox:nonce:nonce_count:yyyyMMddHHmm:hmac'");
        }
    }

    private void checkCertificate(Mailbox mailbox, Certificate[] peerCertificates) {
        if (!certificatesChecked || mailbox.certificateFingerprint() == null) {
            return;
        }
        String presented = fingerprint(peerCertificates);
        if (!mailbox.certificateFingerprint().equals(presented)) {
            throw new MeshFailure(MeshProblem.CERTIFICATE_NOT_REGISTERED, "the TLS client certificate"
                    + (presented == null ? " is missing" : " (SHA-256 " + presented + ")") + " is not the one"
                    + " registered for mailbox " + mailbox.id() + "; use that mailbox's certificate or register this"
                    + " one");
        }
    }

    private static String fingerprint(Certificate[] chain) {
        if (chain == null || chain.length == 0) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded()));
        } catch (CertificateEncodingException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
