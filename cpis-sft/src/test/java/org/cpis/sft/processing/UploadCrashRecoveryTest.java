package org.cpis.sft.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.core.testing.Fixtures.LA_X;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.NHS_D;
import static org.cpis.core.testing.Fixtures.child;
import static org.cpis.core.testing.Fixtures.cpp;
import static org.cpis.sft.testing.ExchangeWorld.X09_MAILBOX;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.exchange.WorkLocks;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.port.Demographics;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.core.port.LedgerEntry;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.InMemoryWorkLocks;
import org.cpis.core.testing.MutableClock;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.UploadService;
import org.cpis.gateway.codec.upload.AcknowledgementDecoder;
import org.cpis.gateway.codec.upload.AcknowledgementEncoder;
import org.cpis.gateway.codec.upload.ReceivedAcknowledgement;
import org.cpis.gateway.codec.upload.UploadDecoder;
import org.cpis.gateway.codec.upload.UploadEncoder;
import org.cpis.sft.testing.ExchangeWorld;
import org.cpis.sft.testing.SimulatedCrash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 5 section 3, exactly once: the processor is stopped at each checkpoint (a thrown Error, as a dying
 * process), a NEW processor is built on the same stores (a restart), and the end state is the same as without a
 * crash: the file applied once, one acknowledgement for the message, the message PROCESSED. Also two processors on
 * one message. (docs/exchange/PROCESSING.md argues each point.)
 */
class UploadCrashRecoveryTest {

    private static final Instant FIRST_RUN = Instant.parse("2026-03-10T09:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(FIRST_RUN);
    private final AcknowledgementDecoder acknowledgements = new AcknowledgementDecoder();
    private ExchangeWorld world;
    private ExchangeMessage inbound;

    @BeforeEach
    void anUploadArrived() {
        world = new ExchangeWorld(dir, clock);
        world.pds().person(NHS_A, LocalDate.parse("2015-05-20"), "Amy", "Adams")
                .person(NHS_B, LocalDate.parse("2016-07-01"), "Ben", "Brown");
        inbound = world.send(X09_MAILBOX, new UploadEncoder().encode(Fixtures.file(LA_X, "61",
                child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20", cpp("2025-01-01")),
                child(2, NHS_B, "C-2", "Ben", "Brown", "2016-07-01", cpp("2025-02-01")),
                child(3, NHS_D, "C-4", "Dan", "Dunn", "2014-01-01", cpp("2025-01-01")))));
    }

    private UploadProcessor processor(ProcessingCheckpoints checkpoints, Demographics pds, WorkLocks locks) {
        return new UploadProcessor(world.postOffice(), locks, new UploadService(world.store(), pds, clock, 2),
                world.store(), new UploadDecoder(), new AcknowledgementEncoder(), checkpoints);
    }

    private UploadProcessor processor(ProcessingCheckpoints checkpoints) {
        return processor(checkpoints, world.pds(), world.locks());
    }

    private static ProcessingCheckpoints crashAt(ProcessingCheckpoints.Point point) {
        return (reached, messageId) -> {
            if (reached == point) {
                throw new SimulatedCrash("at " + point);
            }
        };
    }

    private List<ExchangeMessage> replies() {
        return world.messages().all().stream().filter(m -> inbound.messageId().equals(m.linkedId())).toList();
    }

    private long audited(AuditAction action) {
        return world.store().auditEvents().stream().filter(e -> e.action() == action).count();
    }

    /** Applied exactly once, answered exactly once, PROCESSED; returns the one acknowledgement as received. */
    private ReceivedAcknowledgement assertExactlyOnce() {
        assertThat(world.messages().find(inbound.messageId()).orElseThrow().state()).isEqualTo(MessageState.PROCESSED);
        assertThat(replies()).as("acknowledgements of the upload").hasSize(1);
        assertThat(world.messages().inbox(X09_MAILBOX, 10)).hasSize(1);
        assertThat(audited(AuditAction.UPLOAD_PROCESSED)).as("applications of the file").isEqualTo(1);
        assertThat(audited(AuditAction.RECORD_STORED)).as("records stored").isEqualTo(2);
        Optional<LedgerEntry> applied = world.store().inTransaction(s ->
                s.fileLedger().find(LA_X.validated().orElseThrow().code(), "61"));
        assertThat(applied).isPresent();
        assertThat(world.store().inTransaction(s -> s.records().find(NhsNumber.of(NHS_A))).entries()).hasSize(1);
        ReceivedAcknowledgement ack = acknowledgements.decode(world.body(replies().get(0)));
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF03);
        assertThat(ack.sequenceId()).isEqualTo("61");
        assertThat(ack.successfulCount()).isEqualTo(2);
        assertThat(ack.failedCount()).isEqualTo(1);
        return ack;
    }

    @ParameterizedTest(name = "crash {0}")
    @EnumSource(ProcessingCheckpoints.Point.class)
    @DisplayName("CP-IS019 CP-IS024 exactly once: a crash at each checkpoint, then a restart - applied once, one acknowledgement, PROCESSED")
    void crashThenRestart(ProcessingCheckpoints.Point point) {
        assertThatThrownBy(() -> processor(crashAt(point)).processWaiting(10)).isInstanceOf(SimulatedCrash.class);
        boolean committedBeforeCrash = point != ProcessingCheckpoints.Point.BEFORE_DECODE;
        assertThat(audited(AuditAction.UPLOAD_PROCESSED)).isEqualTo(committedBeforeCrash ? 1 : 0);

        clock.advance(Duration.ofMinutes(5));
        ProcessingRun afterRestart = processor(ProcessingCheckpoints.NONE).processWaiting(10);

        boolean answeredBeforeCrash = point == ProcessingCheckpoints.Point.AFTER_COMPLETED;
        assertThat(afterRestart.outcomes()).hasSize(answeredBeforeCrash ? 0 : 1);
        afterRestart.outcomes().forEach(o -> assertThat(o.repeat()).isEqualTo(committedBeforeCrash));
        ReceivedAcknowledgement ack = assertExactlyOnce();
        Instant acknowledgedAt = committedBeforeCrash ? FIRST_RUN : FIRST_RUN.plus(Duration.ofMinutes(5));
        assertThat(ack.createdAt()).as("the acknowledgement the file was given when it was applied")
                .isEqualTo(acknowledgedAt.plusMillis(7).truncatedTo(ChronoUnit.SECONDS));
        long orphans = point == ProcessingCheckpoints.Point.AFTER_ACKNOWLEDGEMENT_WRITTEN ? 1 : 0;
        assertThat(world.bodyFiles()).as("bodies: the upload, its acknowledgement and any written before the crash")
                .isEqualTo(2 + orphans);
    }

    @Test
    @DisplayName("CP-IS019 exactly once: a crash inside the upload's transaction (mid-file) rolls it back; after a restart the file is applied once")
    void crashInsideTheTransaction() {
        Demographics diesOnSecondBatch = new Demographics() {
            private int calls;

            @Override
            public Optional<DemographicsRecord> lookup(NhsNumber n) {
                return world.pds().lookup(n);
            }

            @Override
            public Map<NhsNumber, DemographicsRecord> lookupAll(Collection<NhsNumber> numbers) {
                if (++calls == 2) {
                    throw new SimulatedCrash("in the middle of the file");
                }
                return world.pds().lookupAll(numbers);
            }
        };
        assertThatThrownBy(() -> processor(ProcessingCheckpoints.NONE, diesOnSecondBatch, world.locks())
                .processWaiting(10)).isInstanceOf(SimulatedCrash.class);
        assertThat(audited(AuditAction.RECORD_STORED)).as("rolled back").isZero();
        assertThat(world.store().inTransaction(s -> s.records().find(NhsNumber.of(NHS_A))).isEmpty()).isTrue();
        assertThat(world.messages().find(inbound.messageId()).orElseThrow().state()).isEqualTo(MessageState.PROCESSING);

        processor(ProcessingCheckpoints.NONE).processWaiting(10);
        assertExactlyOnce();
    }

    @Test
    @DisplayName("CP-IS019: two processors on one message - the second finds it locked; one acknowledgement")
    void twoProcessorsRace() throws Exception {
        CountDownLatch insideA = new CountDownLatch(1);
        CountDownLatch releaseA = new CountDownLatch(1);
        UploadProcessor a = processor((point, id) -> {
            if (point == ProcessingCheckpoints.Point.BEFORE_DECODE) {
                insideA.countDown();
                await(releaseA);
            }
        });
        UploadProcessor b = processor(ProcessingCheckpoints.NONE);
        CompletableFuture<ProcessingRun> runA = CompletableFuture.supplyAsync(() -> a.processWaiting(10));
        await(insideA);

        assertThat(b.processWaiting(10).outcomes()).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(ProcessingOutcome.Status.BUSY));
        releaseA.countDown();
        assertThat(runA.get(60, TimeUnit.SECONDS).count(ProcessingOutcome.Status.PROCESSED)).isEqualTo(1);
        assertThat(b.processWaiting(10).outcomes()).isEmpty();
        assertExactlyOnce();
        assertThat(world.bodyFiles()).isEqualTo(2);
    }

    @Test
    @DisplayName("CP-IS019: even if two processors got past the lock, the file ledger and the reply's once-key give one application and one acknowledgement")
    void twoProcessorsWithoutALock() throws Exception {
        CountDownLatch ackWrittenByA = new CountDownLatch(1);
        CountDownLatch releaseA = new CountDownLatch(1);
        UploadProcessor a = processor((point, id) -> {
            if (point == ProcessingCheckpoints.Point.AFTER_ACKNOWLEDGEMENT_WRITTEN) {
                ackWrittenByA.countDown();
                await(releaseA);
            }
        }, world.pds(), new InMemoryWorkLocks());
        UploadProcessor b = processor(ProcessingCheckpoints.NONE, world.pds(), new InMemoryWorkLocks());
        CompletableFuture<ProcessingOutcome> runA = CompletableFuture.supplyAsync(() -> a.process(inbound.messageId()));
        await(ackWrittenByA);

        ProcessingOutcome byB = b.process(inbound.messageId());
        assertThat(byB.status()).isEqualTo(ProcessingOutcome.Status.PROCESSED);
        assertThat(byB.repeat()).as("A had committed the file").isTrue();
        releaseA.countDown();
        ProcessingOutcome byA = runA.get(60, TimeUnit.SECONDS);
        assertThat(byA.status()).isEqualTo(ProcessingOutcome.Status.ANSWERED_BEFORE);
        assertThat(byA.replyId()).isNull();
        assertExactlyOnce();
        assertThat(replies().get(0).messageId()).isEqualTo(byB.replyId());
        assertThat(world.bodyFiles()).as("A's unused acknowledgement body was removed").isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other processor never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
