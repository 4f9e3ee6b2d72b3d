package org.cpis.store.exchange;

import static org.cpis.store.jooq.Tables.EXCHANGE_MESSAGE;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.exchange.MessageStore;
import org.cpis.store.jooq.tables.records.ExchangeMessageRecord;
import org.jooq.DSLContext;

/**
 * The messages of every mailbox (CP-IS004, CP-IS023, CP-IS027) in {@code exchange_message}. Once-only delivery rests
 * on the table's keys, not on checks in Java: the message id is the primary key and the once-key is unique, and
 * every insert is {@code ON CONFLICT DO NOTHING}, so of two nodes adding the same message exactly one succeeds and
 * the other is told so. A move is one conditional {@code UPDATE}, so of two movers exactly one wins. Each call is one
 * statement, or one short transaction for {@link #completeWithReply}, through the pool.
 */
public final class MessageTable implements MessageStore {

    /** Why {@link #expire} moved a message, as kept in its note. */
    public static final String EXPIRY_NOTE = "not collected by the Local Authority";

    private static final List<String> AWAITING_PROCESSING = Arrays.stream(MessageState.values())
            .filter(MessageState::awaitsProcessing).map(Enum::name).toList();

    private final DSLContext dsl;

    public MessageTable(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public boolean add(ExchangeMessage message) {
        return insert(dsl, message);
    }

    @Override
    public Optional<ExchangeMessage> find(String messageId) {
        return dsl.selectFrom(EXCHANGE_MESSAGE).where(EXCHANGE_MESSAGE.MESSAGE_ID.eq(messageId))
                .fetchOptional(MessageTable::message);
    }

    @Override
    public boolean hasOnceKey(String onceKey) {
        return dsl.fetchExists(EXCHANGE_MESSAGE, EXCHANGE_MESSAGE.ONCE_KEY.eq(onceKey));
    }

    @Override
    public boolean move(String messageId, MessageState from, MessageState to, Instant at, String note) {
        return dsl.update(EXCHANGE_MESSAGE)
                .set(EXCHANGE_MESSAGE.STATE, to.name())
                .set(EXCHANGE_MESSAGE.STATE_AT, at)
                .set(EXCHANGE_MESSAGE.NOTE, note)
                .where(EXCHANGE_MESSAGE.MESSAGE_ID.eq(messageId).and(EXCHANGE_MESSAGE.STATE.eq(from.name())))
                .execute() == 1;
    }

    @Override
    public void setBody(String messageId, long sizeBytes, String checksum) {
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("a body's size is not negative");
        }
        dsl.update(EXCHANGE_MESSAGE)
                .set(EXCHANGE_MESSAGE.SIZE_BYTES, sizeBytes)
                .set(EXCHANGE_MESSAGE.CHECKSUM, checksum)
                .where(EXCHANGE_MESSAGE.MESSAGE_ID.eq(messageId))
                .execute();
    }

    /**
     * One transaction: inserts the reply ({@code ON CONFLICT DO NOTHING}), then moves the inbound message only if it
     * still awaits processing. When two processors answer the same message at once, the second insert waits for
     * the first transaction on the unique once-key and then inserts nothing; its update then sees the inbound
     * message already moved and changes nothing. A message already PROCESSED or REJECTED is never moved.
     */
    @Override
    public boolean completeWithReply(String inboundId, MessageState inboundState, ExchangeMessage reply, Instant at,
                                     String note) {
        Objects.requireNonNull(inboundState, "inboundState");
        Objects.requireNonNull(reply, "reply");
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            boolean added = insert(tx, reply);
            tx.update(EXCHANGE_MESSAGE)
                    .set(EXCHANGE_MESSAGE.STATE, inboundState.name())
                    .set(EXCHANGE_MESSAGE.STATE_AT, at)
                    .set(EXCHANGE_MESSAGE.NOTE, note)
                    .where(EXCHANGE_MESSAGE.MESSAGE_ID.eq(inboundId)
                            .and(EXCHANGE_MESSAGE.STATE.in(AWAITING_PROCESSING)))
                    .execute();
            return added;
        });
    }

    @Override
    public List<ExchangeMessage> inbox(MailboxId recipient, int limit) {
        return dsl.selectFrom(EXCHANGE_MESSAGE)
                .where(EXCHANGE_MESSAGE.RECIPIENT.eq(recipient.value())
                        .and(EXCHANGE_MESSAGE.STATE.eq(MessageState.READY.name())))
                .orderBy(EXCHANGE_MESSAGE.CREATED_AT, EXCHANGE_MESSAGE.MESSAGE_ID)
                .limit(limit)
                .fetch(MessageTable::message);
    }

    @Override
    public int inboxCount(MailboxId recipient) {
        return dsl.fetchCount(EXCHANGE_MESSAGE, EXCHANGE_MESSAGE.RECIPIENT.eq(recipient.value())
                .and(EXCHANGE_MESSAGE.STATE.eq(MessageState.READY.name())));
    }

    @Override
    public List<ExchangeMessage> sentBy(MailboxId sender, int limit) {
        return dsl.selectFrom(EXCHANGE_MESSAGE)
                .where(EXCHANGE_MESSAGE.SENDER.eq(sender.value()))
                .orderBy(EXCHANGE_MESSAGE.CREATED_AT.desc(), EXCHANGE_MESSAGE.MESSAGE_ID.desc())
                .limit(limit)
                .fetch(MessageTable::message);
    }

    @Override
    public List<ExchangeMessage> inState(MessageState state, int limit) {
        return dsl.selectFrom(EXCHANGE_MESSAGE)
                .where(EXCHANGE_MESSAGE.STATE.eq(state.name()))
                .orderBy(EXCHANGE_MESSAGE.CREATED_AT, EXCHANGE_MESSAGE.MESSAGE_ID)
                .limit(limit)
                .fetch(MessageTable::message);
    }

    /** One {@code UPDATE ... RETURNING}: the rows stay, in state EXPIRED with {@link #EXPIRY_NOTE}; oldest first. */
    @Override
    public List<ExchangeMessage> expire(Instant readyBefore, Instant at) {
        return dsl.update(EXCHANGE_MESSAGE)
                .set(EXCHANGE_MESSAGE.STATE, MessageState.EXPIRED.name())
                .set(EXCHANGE_MESSAGE.STATE_AT, at)
                .set(EXCHANGE_MESSAGE.NOTE, EXPIRY_NOTE)
                .where(EXCHANGE_MESSAGE.STATE.eq(MessageState.READY.name())
                        .and(EXCHANGE_MESSAGE.CREATED_AT.lt(readyBefore)))
                .returning()
                .fetch()
                .stream()
                .map(MessageTable::message)
                .sorted(Comparator.comparing(ExchangeMessage::createdAt).thenComparing(ExchangeMessage::messageId))
                .toList();
    }

    /** Inserts unless the id or the once-key is taken (either unique key); true when inserted. */
    private static boolean insert(DSLContext dsl, ExchangeMessage message) {
        return dsl.insertInto(EXCHANGE_MESSAGE).set(row(message)).onConflictDoNothing().execute() == 1;
    }

    private static ExchangeMessageRecord row(ExchangeMessage m) {
        return new ExchangeMessageRecord(m.messageId(), m.sender().value(), m.recipient().value(), m.workflowId(),
                m.localId(), m.subject(), m.fileName(), m.sizeBytes(), m.checksum(), m.chunkCount(), m.state().name(),
                m.createdAt(), m.stateAt(), m.linkedId(), m.onceKey(), m.note());
    }

    private static ExchangeMessage message(ExchangeMessageRecord r) {
        return new ExchangeMessage(r.getMessageId(), new MailboxId(r.getSender()), new MailboxId(r.getRecipient()),
                r.getWorkflowId(), r.getLocalId(), r.getSubject(), r.getFileName(), r.getSizeBytes(), r.getChecksum(),
                r.getChunkCount(), MessageState.valueOf(r.getState()), r.getCreatedAt(), r.getStateAt(),
                r.getLinkedId(), r.getOnceKey(), r.getNote());
    }
}
