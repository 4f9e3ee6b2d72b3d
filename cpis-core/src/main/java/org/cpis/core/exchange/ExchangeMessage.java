package org.cpis.core.exchange;

import java.time.Instant;
import java.util.Objects;

/**
 * One message in a mailbox: its envelope and where it is in its life. The body is not here; it is kept encrypted on
 * disk under the message id.
 *
 * @param messageId   the id the exchange gave it (MESH style, e.g. {@code 20261123173012345_3A9F1C}), unique
 * @param sender      the mailbox it came from
 * @param recipient   the mailbox it is for
 * @param workflowId  the MESH workflow id naming its kind (configurable per message kind)
 * @param localId     the sender's own reference (MESH {@code LocalId}), or {@code null}; never personal data
 * @param subject     free text, or {@code null}
 * @param fileName    the data file's name as the sender gave it, or {@code null}
 * @param sizeBytes   the body's size in bytes (0 while uploading)
 * @param checksum    the body's SHA-256 (lower-case hex), or {@code null} while uploading
 * @param chunkCount  how many chunks the sender announced (1 when not chunked)
 * @param state       where it is in its life
 * @param createdAt   when it arrived or was created
 * @param stateAt     when it entered its state
 * @param linkedId    for a reply (acknowledgement), the id of the message it answers; otherwise {@code null}
 * @param onceKey     the key that makes the message once-only (e.g. {@code ack:<inbound id>},
 *                    {@code ats:<ODS>:<day>}), unique when present; {@code null} for messages that need none
 * @param note        why it is in its state when that needs saying (a rejection's reason, expiry), or {@code null}
 */
public record ExchangeMessage(String messageId, MailboxId sender, MailboxId recipient, String workflowId,
                              String localId, String subject, String fileName, long sizeBytes, String checksum,
                              int chunkCount, MessageState state, Instant createdAt, Instant stateAt, String linkedId,
                              String onceKey, String note) {

    public ExchangeMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(stateAt, "stateAt");
        if (workflowId == null || workflowId.isBlank()) {
            throw new IllegalArgumentException("a message names its workflow id");
        }
        if (sizeBytes < 0 || chunkCount < 1) {
            throw new IllegalArgumentException("size is not negative and there is at least one chunk");
        }
    }

    public ExchangeMessage inState(MessageState next, Instant at, String why) {
        return new ExchangeMessage(messageId, sender, recipient, workflowId, localId, subject, fileName, sizeBytes,
                checksum, chunkCount, next, createdAt, at, linkedId, onceKey, why);
    }

    public ExchangeMessage withBody(long size, String sha256) {
        return new ExchangeMessage(messageId, sender, recipient, workflowId, localId, subject, fileName, size, sha256,
                chunkCount, state, createdAt, stateAt, linkedId, onceKey, note);
    }
}
