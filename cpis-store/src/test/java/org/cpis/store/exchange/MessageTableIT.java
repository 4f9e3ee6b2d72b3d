package org.cpis.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.store.jooq.Tables.EXCHANGE_MESSAGE;
import static org.cpis.store.testing.Fixtures.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.exchange.MessageState;
import org.cpis.store.CpisDatabase;
import org.cpis.store.testing.SharedDatabase;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class MessageTableIT {

    private static final MailboxId CPIS = MailboxId.of("CPISHUB01");
    private static final MailboxId X09 = MailboxId.of("X09OT001");
    private static final MailboxId Y17 = MailboxId.of("Y17OT001");
    private static final String SHA256 = "5e".repeat(32);

    private final CpisDatabase database;
    private final MessageTable messages;

    MessageTableIT(CpisDatabase database) {
        this.database = database;
        this.messages = database.messages();
    }

    @BeforeEach
    void emptyTables() {
        SharedDatabase.emptyTables(database);
    }

    private static ExchangeMessage upload(String id, MailboxId from, Instant at, MessageState state) {
        return new ExchangeMessage(id, from, CPIS, "CPIS_UPLOAD", "la-ref-" + id, "upload " + id, id + ".xml", 2048,
                SHA256, 1, state, at, at, null, "upload:" + from + ":" + id, null);
    }

    private static ExchangeMessage ack(String id, String inboundId, MailboxId to, Instant at) {
        return new ExchangeMessage(id, CPIS, to, "CPIS_UPLOAD_ACK", null, null, null, 512, SHA256, 1,
                MessageState.READY, at, at, inboundId, "ack:" + inboundId, null);
    }

    private static ExchangeMessage notification(String id, MailboxId to, Instant at) {
        return new ExchangeMessage(id, CPIS, to, "CPIS_ACCESS_NOTIFICATION", null, null, null, 100, null, 1,
                MessageState.READY, at, at, null, null, null);
    }

    @Test
    @DisplayName("CP-IS019: a message is kept with every envelope field and found by its unique id")
    void aMessageIsKeptWhole() {
        ExchangeMessage full = upload("M1", X09, T0, MessageState.RECEIVED).inState(MessageState.RECEIVED, T0, "why");
        ExchangeMessage sparse = new ExchangeMessage("M2", CPIS, Y17, "W", null, null, null, 0, null, 4,
                MessageState.UPLOADING, T0, T0.plusMillis(1), null, null, null);

        assertThat(messages.add(full)).isTrue();
        assertThat(messages.add(sparse)).isTrue();

        assertThat(messages.find("M1")).contains(full);
        assertThat(messages.find("M2")).contains(sparse);
        assertThat(messages.find("M3")).isEmpty();
        assertThat(messages.hasOnceKey("upload:X09OT001:M1")).isTrue();
        assertThat(messages.hasOnceKey("upload:X09OT001:M2")).isFalse();
    }

    @Test
    @DisplayName("CP-IS019 CP-IS024: adding a message whose id or once-key is taken changes nothing and says so")
    void aTakenIdOrOnceKeyIsRefusedQuietly() {
        ExchangeMessage first = ack("A1", "M1", X09, T0);
        messages.add(first);

        assertThat(messages.add(ack("A2", "M1", X09, T0.plusSeconds(1)))).as("same once-key").isFalse();
        assertThat(messages.add(notification("A1", Y17, T0))).as("same id").isFalse();
        assertThat(messages.add(notification("N1", X09, T0))).as("no once-key").isTrue();
        assertThat(messages.add(notification("N2", X09, T0))).as("no once-key never collides").isTrue();

        assertThat(messages.find("A1")).contains(first);
        assertThat(messages.find("A2")).isEmpty();
        assertThat(database.dsl().fetchCount(EXCHANGE_MESSAGE)).isEqualTo(3);
    }

    @Test
    @DisplayName("CP-IS024: of many threads adding messages with one once-key at once exactly one wins")
    void concurrentAddsWithOneOnceKeyHaveOneWinner() throws Exception {
        List<Boolean> results = race(8, i -> messages.add(ack("A" + i, "M1", X09, T0)));

        assertThat(results).containsOnlyOnce(true);
        assertThat(database.dsl().fetchCount(EXCHANGE_MESSAGE, EXCHANGE_MESSAGE.ONCE_KEY.eq("ack:M1"))).isEqualTo(1);
    }

    @Test
    @DisplayName("CP-IS024: of many processors completing one upload at once exactly one reply is added")
    void concurrentCompletionsAddOneReply() throws Exception {
        messages.add(upload("M1", X09, T0, MessageState.PROCESSING));

        List<Boolean> results = race(8, i -> messages.completeWithReply("M1", MessageState.PROCESSED,
                ack("A" + i, "M1", X09, T0.plusSeconds(5)), T0.plusSeconds(5), "processor " + i));

        assertThat(results).containsOnlyOnce(true);
        int winner = results.indexOf(true);
        assertThat(messages.inbox(X09, 10)).extracting(ExchangeMessage::messageId).containsExactly("A" + winner);
        ExchangeMessage inbound = messages.find("M1").orElseThrow();
        assertThat(inbound.state()).isEqualTo(MessageState.PROCESSED);
        assertThat(inbound.note()).as("moved once, by the winner").isEqualTo("processor " + winner);
    }

    @Test
    @DisplayName("CP-IS024: a completion racing one not yet committed waits for it on the once-key, then changes nothing")
    void aCompletionWaitsForTheOneInFlightAndThenDoesNothing() throws Exception {
        messages.add(upload("M1", X09, T0, MessageState.PROCESSING));
        CountDownLatch firstWrote = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = threads.submit(() -> database.dsl().transactionResult(tx -> {
                boolean added = new MessageTable(tx.dsl()).completeWithReply("M1", MessageState.PROCESSED,
                        ack("A1", "M1", X09, T0), T0.plusSeconds(1), "first");
                firstWrote.countDown();
                awaitSomeoneWaitingOnALock();
                return added;
            }));
            firstWrote.await();
            Future<Boolean> second = threads.submit(() -> messages.completeWithReply("M1", MessageState.REJECTED,
                    ack("A2", "M1", X09, T0), T0.plusSeconds(2), "second"));

            assertThat(first.get()).isTrue();
            assertThat(second.get()).isFalse();
        } finally {
            threads.shutdownNow();
        }
        assertThat(messages.find("A2")).isEmpty();
        assertThat(messages.find("M1").orElseThrow().note()).isEqualTo("first");
        assertThat(messages.find("M1").orElseThrow().state()).isEqualTo(MessageState.PROCESSED);
    }

    @Test
    @DisplayName("CP-IS019 CP-IS024: completing adds the reply and moves the inbound message in one transaction")
    void completingAddsTheReplyAndMovesTheInboundMessage() {
        messages.add(upload("M1", X09, T0, MessageState.PROCESSING));
        messages.add(upload("M2", X09, T0, MessageState.RECEIVED));

        assertThat(messages.completeWithReply("M1", MessageState.PROCESSED, ack("A1", "M1", X09, T0.plusSeconds(5)),
                T0.plusSeconds(5), null)).isTrue();
        assertThat(messages.completeWithReply("M2", MessageState.REJECTED, ack("A2", "M2", X09, T0.plusSeconds(6)),
                T0.plusSeconds(6), "CPF01: not readable")).isTrue();

        assertThat(messages.find("M1").orElseThrow()).isEqualTo(upload("M1", X09, T0, MessageState.PROCESSING)
                .inState(MessageState.PROCESSED, T0.plusSeconds(5), null));
        assertThat(messages.find("M2").orElseThrow().state()).isEqualTo(MessageState.REJECTED);
        assertThat(messages.find("M2").orElseThrow().note()).isEqualTo("CPF01: not readable");
        assertThat(messages.find("A1")).contains(ack("A1", "M1", X09, T0.plusSeconds(5)));
    }

    @Test
    @DisplayName("CP-IS024: completing a message already PROCESSED moves nothing; an answered one only catches up")
    void completingNeverMovesAMessageThatNoLongerAwaitsProcessing() {
        messages.add(upload("M1", X09, T0, MessageState.PROCESSED));

        assertThat(messages.completeWithReply("M1", MessageState.REJECTED, ack("A1", "M1", X09, T0), T0.plusSeconds(9),
                "late")).as("the reply is new").isTrue();
        assertThat(messages.find("M1").orElseThrow()).as("but the inbound message stays as it was")
                .isEqualTo(upload("M1", X09, T0, MessageState.PROCESSED));

        messages.add(upload("M2", X09, T0, MessageState.PROCESSING));
        messages.add(ack("A2", "M2", X09, T0));
        assertThat(messages.completeWithReply("M2", MessageState.PROCESSED, ack("A3", "M2", X09, T0), T0.plusSeconds(9),
                "after a crash")).as("answered before: no second reply").isFalse();
        assertThat(messages.find("A3")).isEmpty();
        assertThat(messages.find("M2").orElseThrow().state()).as("inbound brought up to date")
                .isEqualTo(MessageState.PROCESSED);
    }

    @Test
    void aCompletionThatFailsLeavesNoReplyBehind() {
        messages.add(upload("M1", X09, T0, MessageState.PROCESSING));
        ExchangeMessage reply = ack("A1", "M1", X09, T0);

        assertThatThrownBy(() -> messages.completeWithReply("M1", MessageState.PROCESSED, reply, T0,
                "a note PostgreSQL refuses: \u0000")).isInstanceOf(DataAccessException.class);

        assertThat(messages.find("A1")).as("rolled back with the failed move").isEmpty();
        assertThat(messages.find("M1").orElseThrow().state()).isEqualTo(MessageState.PROCESSING);
    }

    @Test
    void aMoveHappensOnlyFromTheStateNamed() {
        messages.add(upload("M1", X09, T0, MessageState.RECEIVED));

        assertThat(messages.move("M1", MessageState.RECEIVED, MessageState.PROCESSING, T0.plusSeconds(1), null)).isTrue();
        assertThat(messages.move("M1", MessageState.RECEIVED, MessageState.PROCESSING, T0.plusSeconds(2), "again"))
                .as("somebody moved it first").isFalse();
        assertThat(messages.move("M9", MessageState.RECEIVED, MessageState.PROCESSING, T0, null)).isFalse();

        ExchangeMessage m = messages.find("M1").orElseThrow();
        assertThat(m.state()).isEqualTo(MessageState.PROCESSING);
        assertThat(m.stateAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(m.note()).isNull();
    }

    @Test
    void theBodyIsRecordedOnceComplete() {
        messages.add(new ExchangeMessage("M1", X09, CPIS, "CPIS_UPLOAD", null, null, null, 0, null, 3,
                MessageState.UPLOADING, T0, T0, null, null, null));

        messages.setBody("M1", 300_000_000_000L, SHA256);
        messages.setBody("M9", 1, SHA256);

        assertThat(messages.find("M1").orElseThrow().sizeBytes()).isEqualTo(300_000_000_000L);
        assertThat(messages.find("M1").orElseThrow().checksum()).isEqualTo(SHA256);
        assertThat(messages.find("M9")).isEmpty();
        assertThatThrownBy(() -> messages.setBody("M1", -1, SHA256)).hasMessageContaining("not negative");
    }

    @Test
    @DisplayName("CP-IS027: an inbox holds only the READY messages for that mailbox, oldest first")
    void theInboxHoldsReadyMessagesForItsMailboxOldestFirst() {
        messages.add(notification("N3", X09, T0.plusSeconds(30)));
        messages.add(notification("N1", X09, T0.plusSeconds(10)));
        messages.add(notification("N2", X09, T0.plusSeconds(20)));
        messages.add(notification("N0", X09, T0.plusSeconds(20)));
        messages.add(notification("Y1", Y17, T0));
        messages.add(notification("N4", X09, T0).inState(MessageState.ACKNOWLEDGED, T0, null));
        messages.add(upload("U1", X09, T0, MessageState.RECEIVED));

        assertThat(messages.inbox(X09, 10)).extracting(ExchangeMessage::messageId)
                .containsExactly("N1", "N0", "N2", "N3");
        assertThat(messages.inbox(X09, 2)).extracting(ExchangeMessage::messageId).containsExactly("N1", "N0");
        assertThat(messages.inboxCount(X09)).isEqualTo(4);
        assertThat(messages.inbox(Y17, 10)).extracting(ExchangeMessage::messageId).containsExactly("Y1");
        assertThat(messages.inboxCount(Y17)).isEqualTo(1);
        assertThat(messages.inboxCount(MailboxId.of("Z99OT001"))).isZero();
    }

    @Test
    void sentByListsEveryStateNewestFirst() {
        messages.add(upload("U1", X09, T0, MessageState.PROCESSED));
        messages.add(upload("U2", X09, T0.plusSeconds(60), MessageState.RECEIVED));
        messages.add(upload("U3", X09, T0.plusSeconds(30), MessageState.REJECTED));
        messages.add(upload("V1", Y17, T0, MessageState.RECEIVED));

        assertThat(messages.sentBy(X09, 10)).extracting(ExchangeMessage::messageId).containsExactly("U2", "U3", "U1");
        assertThat(messages.sentBy(X09, 1)).extracting(ExchangeMessage::messageId).containsExactly("U2");
        assertThat(messages.sentBy(CPIS, 10)).isEmpty();
    }

    @Test
    void inStateListsOneStateOldestFirst() {
        messages.add(upload("U1", X09, T0.plusSeconds(20), MessageState.RECEIVED));
        messages.add(upload("U2", Y17, T0, MessageState.RECEIVED));
        messages.add(upload("U3", X09, T0, MessageState.PROCESSING));

        assertThat(messages.inState(MessageState.RECEIVED, 10)).extracting(ExchangeMessage::messageId)
                .containsExactly("U2", "U1");
        assertThat(messages.inState(MessageState.RECEIVED, 1)).extracting(ExchangeMessage::messageId)
                .containsExactly("U2");
        assertThat(messages.inState(MessageState.PROCESSING, 10)).extracting(ExchangeMessage::messageId)
                .containsExactly("U3");
        assertThat(messages.inState(MessageState.EXPIRED, 10)).isEmpty();
    }

    @Test
    @DisplayName("READY messages older than the limit expire and are returned; nothing is ever deleted")
    void expiryMovesOldReadyMessagesAndDeletesNothing() {
        messages.add(notification("OLD1", X09, T0));
        messages.add(notification("OLD2", Y17, T0.plusSeconds(1)));
        messages.add(notification("NEW", X09, T0.plusSeconds(3600)));
        messages.add(notification("TAKEN", X09, T0).inState(MessageState.ACKNOWLEDGED, T0, null));
        messages.add(upload("IN", X09, T0, MessageState.RECEIVED));
        Instant now = T0.plus(Duration.ofDays(5));

        List<ExchangeMessage> expired = messages.expire(T0.plusSeconds(60), now);

        assertThat(expired).extracting(ExchangeMessage::messageId).containsExactly("OLD1", "OLD2");
        assertThat(expired).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(MessageState.EXPIRED);
            assertThat(m.stateAt()).isEqualTo(now);
            assertThat(m.note()).isEqualTo(MessageTable.EXPIRY_NOTE);
        });
        assertThat(messages.find("OLD1")).contains(expired.get(0));
        assertThat(messages.inState(MessageState.EXPIRED, 10)).hasSize(2);
        assertThat(messages.find("NEW").orElseThrow().state()).isEqualTo(MessageState.READY);
        assertThat(messages.find("TAKEN").orElseThrow().state()).isEqualTo(MessageState.ACKNOWLEDGED);
        assertThat(database.dsl().fetchCount(EXCHANGE_MESSAGE)).as("nothing deleted").isEqualTo(5);
        assertThat(messages.expire(T0.plusSeconds(60), now.plusSeconds(1))).as("each expires once").isEmpty();
        assertThat(messages.inboxCount(X09)).isEqualTo(1);
    }

    /** Runs the task on {@code threads} threads released at once; results in thread order. */
    private static List<Boolean> race(int threads, Function<Integer, Boolean> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.apply(n);
                }));
            }
            start.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Returns once another session of the database waits for a lock (here: for the uncommitted once-key). Polls
     * pg_stat_activity; the deadline only stops a broken test from hanging.
     */
    private void awaitSomeoneWaitingOnALock() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (database.dsl().fetchCount(database.dsl().selectOne()
                .from("pg_stat_activity")
                .where("wait_event_type = 'Lock' and query ilike 'insert into %exchange_message%'")) == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the second completion never waited for the first");
            }
            Thread.sleep(20);
        }
    }
}
