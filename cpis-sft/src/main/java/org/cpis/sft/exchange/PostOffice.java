package org.cpis.sft.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.cpis.core.access.Transmission;
import org.cpis.core.access.TransmissionLog;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxDirectory;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.exchange.MessageStore;
import org.cpis.sft.body.MessageBodies;

/**
 * The one place messages enter and leave the mailboxes, whichever door they use: it checks who may send what, keeps
 * bodies (encrypted) and envelopes, and logs every message in and out (CP-IS061). Doors translate their protocol to
 * these calls; upload processing and the notification jobs post their replies here.
 */
public final class PostOffice {

    private final MailboxDirectory mailboxes;
    private final MessageStore messages;
    private final MessageBodies bodies;
    private final TransmissionLog transmissions;
    private final Clock clock;
    private final MessageIds ids;
    private final MailboxId serviceMailbox;
    private final Workflows workflows;
    private final long maxMessageBytes;

    public PostOffice(MailboxDirectory mailboxes, MessageStore messages, MessageBodies bodies,
                      TransmissionLog transmissions, Clock clock, MessageIds ids, MailboxId serviceMailbox,
                      Workflows workflows, long maxMessageBytes) {
        this.mailboxes = Objects.requireNonNull(mailboxes);
        this.messages = Objects.requireNonNull(messages);
        this.bodies = Objects.requireNonNull(bodies);
        this.transmissions = Objects.requireNonNull(transmissions);
        this.clock = Objects.requireNonNull(clock);
        this.ids = Objects.requireNonNull(ids);
        this.serviceMailbox = Objects.requireNonNull(serviceMailbox);
        this.workflows = Objects.requireNonNull(workflows);
        this.maxMessageBytes = maxMessageBytes;
    }

    /**
     * The sending mailbox, if it may send now; otherwise an {@link ExchangeRefusedException} (unknown or disabled).
     */
    public Mailbox senderAllowed(MailboxId sender) {
        Mailbox mailbox = mailboxes.find(sender)
                .orElseThrow(() -> new ExchangeRefusedException(ExchangeRefusal.UNKNOWN_SENDER, sender.value()));
        if (!mailbox.enabled()) {
            throw new ExchangeRefusedException(ExchangeRefusal.SENDER_DISABLED, sender.value());
        }
        return mailbox;
    }

    /** Checks an envelope before its body is read: the sender may send, to CP-IS, on the upload workflow. */
    public Mailbox check(Envelope envelope) {
        Mailbox sender = senderAllowed(envelope.sender());
        if (!serviceMailbox.equals(envelope.recipient())) {
            throw new ExchangeRefusedException(ExchangeRefusal.UNREGISTERED_RECIPIENT,
                    envelope.recipient() == null ? "no recipient" : envelope.recipient().value());
        }
        if (!workflows.upload().equals(envelope.workflowId())) {
            throw new ExchangeRefusedException(ExchangeRefusal.WORKFLOW_NOT_REGISTERED, envelope.workflowId());
        }
        return sender;
    }

    /**
     * Takes a complete message from a Local Authority: checks the envelope, stores the body and the envelope
     * (RECEIVED), and logs it. {@code messageId} may be given by the door (the folder door names its claim with
     * it, so a retry after a crash finds the same message) or null for a new one. Taking the same id twice returns
     * the message stored the first time.
     */
    public ExchangeMessage accept(Envelope envelope, InputStream body, String messageId) {
        check(envelope);
        String id = messageId == null ? ids.next() : messageId;
        Optional<ExchangeMessage> earlier = messages.find(id);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        try {
            MessageBodies.StoredBody stored = bodies.exists(id) ? null : bodies.write(id, body);
            if (stored == null) {
                stored = measure(id);
            }
            if (stored.sizeBytes() == 0) {
                bodies.delete(id);
                throw new ExchangeRefusedException(ExchangeRefusal.MISSING_DATA, null);
            }
            if (stored.sizeBytes() > maxMessageBytes) {
                bodies.delete(id);
                throw new ExchangeRefusedException(ExchangeRefusal.TOO_LARGE, stored.sizeBytes() + " bytes, at most "
                        + maxMessageBytes);
            }
            ExchangeMessage message = new ExchangeMessage(id, envelope.sender(), envelope.recipient(),
                    envelope.workflowId(), envelope.localId(), envelope.subject(), envelope.fileName(),
                    stored.sizeBytes(), stored.sha256(), 1, MessageState.RECEIVED, now, now, null, null, null);
            messages.add(message);
            log(Transmission.Direction.IN, message, "RECEIVED");
            return messages.find(id).orElse(message);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store message " + id + ": " + e.getMessage(), e);
        }
    }

    private MessageBodies.StoredBody measure(String id) throws IOException {
        try (InputStream in = bodies.open(id)) {
            long size = 0;
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                size += n;
            }
            return new MessageBodies.StoredBody(size, java.util.HexFormat.of().formatHex(sha.digest()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A message from CP-IS to a Local Authority's mailbox (READY), unless its once-key was used before: then the
     * earlier message stands and empty is returned.
     */
    public Optional<ExchangeMessage> post(Mailbox recipient, String workflowId, String subject, String localId,
                                          String linkedId, String onceKey, byte[] body) {
        ExchangeMessage message = prepare(recipient, workflowId, subject, localId, linkedId, onceKey, body);
        if (!messages.add(message)) {
            return Optional.empty();
        }
        log(Transmission.Direction.OUT, message, "READY");
        return Optional.of(message);
    }

    /**
     * Writes the body of an outbound message and returns its envelope (READY), without adding it: for callers that
     * must add it in one transaction with something else ({@link MessageStore#completeWithReply}). Call
     * {@link #logPosted} once it is added.
     */
    public ExchangeMessage prepare(Mailbox recipient, String workflowId, String subject, String localId,
                                   String linkedId, String onceKey, byte[] body) {
        return prepare(recipient, workflowId, subject, localId, linkedId, onceKey, new ByteArrayInputStream(body));
    }

    /**
     * {@link #prepare(Mailbox, String, String, String, String, String, byte[])} with a body read from a stream to
     * its end (an acknowledgement of a large upload is written as it is produced, never held in memory).
     */
    public ExchangeMessage prepare(Mailbox recipient, String workflowId, String subject, String localId,
                                   String linkedId, String onceKey, InputStream body) {
        String id = ids.next();
        Instant now = clock.instant();
        try {
            MessageBodies.StoredBody stored = bodies.write(id, body);
            return new ExchangeMessage(id, serviceMailbox, recipient.id(), workflowId, localId, subject,
                    id + ".xml", stored.sizeBytes(), stored.sha256(), 1, MessageState.READY, now, now, linkedId,
                    onceKey, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a message for " + recipient.id() + ": " + e.getMessage(), e);
        }
    }

    /** Logs an outbound message prepared with {@link #prepare} once it was added. */
    public void logPosted(ExchangeMessage message) {
        log(Transmission.Direction.OUT, message, "READY");
    }

    /** Opens the plain body of a message. */
    public InputStream open(ExchangeMessage message) throws IOException {
        return bodies.open(message.messageId());
    }

    /**
     * The Local Authority collected a message: READY -> ACKNOWLEDGED. Returns false when it is not that LA's
     * message or not READY (acknowledging twice is harmless).
     */
    public boolean acknowledge(MailboxId recipient, String messageId) {
        Optional<ExchangeMessage> message = messages.find(messageId);
        if (message.isEmpty() || !message.get().recipient().equals(recipient)) {
            return false;
        }
        boolean moved = messages.move(messageId, MessageState.READY, MessageState.ACKNOWLEDGED, clock.instant(), null);
        if (moved) {
            log(Transmission.Direction.OUT, message.get(), "ACKNOWLEDGED");
        }
        return moved;
    }

    public MailboxId serviceMailbox() {
        return serviceMailbox;
    }

    public Workflows workflows() {
        return workflows;
    }

    public MailboxDirectory mailboxes() {
        return mailboxes;
    }

    public MessageStore messages() {
        return messages;
    }

    public MessageBodies bodies() {
        return bodies;
    }

    public long maxMessageBytes() {
        return maxMessageBytes;
    }

    public Clock clock() {
        return clock;
    }

    public MessageIds ids() {
        return ids;
    }

    /** Logs a message in or out of the exchange (CP-IS061): never its content. */
    public void log(Transmission.Direction direction, ExchangeMessage message, String outcome) {
        transmissions.append(new Transmission(clock.instant(), direction, message.sender().value(),
                message.recipient().value(), message.workflowId(), message.messageId(), message.sizeBytes(), outcome));
    }

    /** Logs something a door refused before it became a message. */
    public void logRefused(String origin, String destination, String what, long size, String outcome) {
        logCall(Transmission.Direction.IN, origin, destination, what, null, size, outcome);
    }

    /**
     * Logs a door call that moved no message through the post office itself (a handshake, an inbox listing, one
     * chunk of a download, a tracking question), or was refused: never content.
     */
    public void logCall(Transmission.Direction direction, String origin, String destination, String what,
                        String messageId, long size, String outcome) {
        transmissions.append(new Transmission(clock.instant(), direction, origin, destination,
                what == null || what.isBlank() ? "unknown" : what, messageId, size, outcome));
    }
}
