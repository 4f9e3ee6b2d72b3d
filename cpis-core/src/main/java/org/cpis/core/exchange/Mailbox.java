package org.cpis.core.exchange;

import java.time.Instant;
import java.util.Objects;
import org.cpis.core.model.OdsCode;

/**
 * One Local Authority's mailbox (CP-IS004, CP-SC014): the LA it belongs to, how it is reached, and whether it may
 * exchange files now. Its MESH password is kept apart ({@link MailboxDirectory#password}) so that it never appears
 * in a log line or a report.
 *
 * @param id                     the mailbox id, unique
 * @param localAuthority         the LA's ODS code; one mailbox per LA
 * @param name                   the LA's name, for people
 * @param door                   how messages for the LA are handed over
 * @param enabled                a disabled mailbox sends and receives nothing until enabled again
 * @param registeredAt           when it was registered; daily notifications start from that day
 * @param certificateFingerprint the SHA-256 fingerprint (lower-case hex) of the LA's client certificate for the
 *                               HTTP door, or {@code null} when any certificate of the trusted CA will do
 */
public record Mailbox(MailboxId id, OdsCode localAuthority, String name, Door door, boolean enabled,
                      Instant registeredAt, String certificateFingerprint) {

    public Mailbox {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(localAuthority, "localAuthority");
        Objects.requireNonNull(door, "door");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a mailbox names its Local Authority");
        }
        name = name.strip();
        if (certificateFingerprint != null && !certificateFingerprint.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a certificate fingerprint is 64 lower-case hex digits (SHA-256)");
        }
    }

    public Mailbox withEnabled(boolean on) {
        return new Mailbox(id, localAuthority, name, door, on, registeredAt, certificateFingerprint);
    }
}
