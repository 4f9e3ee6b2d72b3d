package org.cpis.core.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The messages of every mailbox, with their lifecycle (CP-IS004, CP-IS023, CP-IS027). Each call is atomic on its
 * own; once-only delivery rests on {@link ExchangeMessage#onceKey()} being unique.
 */
public interface MessageStore {

    /**
     * Adds a message. Returns false, changing nothing, when a message with the same id or the same once-key is
     * already there (so a retried insert is harmless).
     */
    boolean add(ExchangeMessage message);

    Optional<ExchangeMessage> find(String messageId);

    /** Whether a message with this once-key exists. */
    boolean hasOnceKey(String onceKey);

    /**
     * Moves a message from one state to another; returns false, changing nothing, when it is not in {@code from}
     * (somebody else moved it first).
     */
    boolean move(String messageId, MessageState from, MessageState to, Instant at, String note);

    /** Records the body of a message once it is complete: its size and SHA-256. */
    void setBody(String messageId, long sizeBytes, String checksum);

    /**
     * The outbox step of upload processing, in one transaction: adds {@code reply} (which carries a once-key) and
     * moves the inbound message to {@code PROCESSED} (or {@code REJECTED} when {@code inboundState} says so).
     * Returns false, changing nothing, when the reply's once-key is already used: the inbound message was answered
     * before (then only the inbound state is brought up to date).
     */
    boolean completeWithReply(String inboundId, MessageState inboundState, ExchangeMessage reply, Instant at,
                              String note);

    /** Messages for {@code recipient} waiting to be collected (READY), oldest first, at most {@code limit}. */
    List<ExchangeMessage> inbox(MailboxId recipient, int limit);

    /** How many READY messages wait for {@code recipient}. */
    int inboxCount(MailboxId recipient);

    /** Messages sent by {@code sender}, newest first, at most {@code limit} (for tracking and status). */
    List<ExchangeMessage> sentBy(MailboxId sender, int limit);

    /** Messages in this state, oldest first, at most {@code limit}. */
    List<ExchangeMessage> inState(MessageState state, int limit);

    /**
     * Moves every READY message created before {@code readyBefore} to EXPIRED and returns them (never deletes).
     */
    List<ExchangeMessage> expire(Instant readyBefore, Instant at);
}
