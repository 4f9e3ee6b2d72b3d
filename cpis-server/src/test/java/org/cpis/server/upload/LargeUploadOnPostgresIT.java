package org.cpis.server.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.store.jooq.Tables.AUDIT_EVENT;
import static org.cpis.store.jooq.Tables.EXCHANGE_MESSAGE;
import static org.cpis.store.jooq.Tables.LA_ENTRY;
import static org.cpis.store.jooq.Tables.LA_ENTRY_PLAN;
import static org.cpis.store.jooq.Tables.TRANSMISSION;
import static org.cpis.store.jooq.Tables.UPLOAD_FILE;
import static org.cpis.store.jooq.Tables.UPLOAD_RECORD_PLAN;
import static org.cpis.store.jooq.Tables.UPLOAD_RECORD_RESULT;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.exchange.Door;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.port.Demographics;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.core.port.Transactions;
import org.cpis.core.testing.MutableClock;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.RecordOutcome;
import org.cpis.core.upload.ResultSpilling;
import org.cpis.core.upload.UploadService;
import org.cpis.gateway.codec.upload.AcknowledgementEncoder;
import org.cpis.gateway.codec.upload.ReceivedAcknowledgement;
import org.cpis.gateway.codec.upload.ReceivedRecord;
import org.cpis.gateway.codec.upload.UploadDecoder;
import org.cpis.sft.body.EncryptedMessageBodies;
import org.cpis.sft.exchange.Envelope;
import org.cpis.sft.exchange.MessageIds;
import org.cpis.sft.exchange.PostOffice;
import org.cpis.sft.exchange.Workflows;
import org.cpis.sft.processing.ProcessingOutcome;
import org.cpis.sft.processing.ProcessingRun;
import org.cpis.sft.processing.UploadProcessor;
import org.cpis.store.CpisDatabase;
import org.cpis.store.testing.SharedDatabase;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5 section 3 end to end on real PostgreSQL: a large upload goes through the real pipeline - the post office
 * with encrypted bodies on disk and the store's mailboxes, messages and transmission log, the upload processor, the
 * gateway's codecs, the core's use case and the store's records, audit trail and file ledger - and is answered with
 * one acknowledgement that returns every record; the same file again, as a second message, gets the same
 * acknowledgement (byte for byte, from the file ledger) and changes nothing.
 * <p>
 * Runs in its own failsafe execution, in a JVM whose heap is too small to hold the file's results (see the module's
 * pom): by default 20,000 records in 64 MB; the 100,000 records in 192 MB with
 * {@code -Dlarge-upload.records=100000 -Dlarge-upload.heap-mb=192} (the file is then 77 MB, each acknowledgement
 * 114 MB). So the upload, the ledger's write, the ledger's read-back for the repeat and both acknowledgements must
 * all stream. Elapsed times are printed, never asserted.
 */
@Tag(LargeUploadOnPostgresIT.TAG)
@ExtendWith(SharedDatabase.class)
class LargeUploadOnPostgresIT {

    static final String TAG = "large-upload-on-postgres";
    private static final int RECORDS = Integer.getInteger("cpis.large-upload.records", 20_000);
    private static final long HEAP_MB = Long.getLong("cpis.large-upload.heap-mb", 64);
    private static final MailboxId SERVICE = MailboxId.of("X26CPIS001");
    private static final MailboxId X09_MAILBOX = MailboxId.of("X09OT001");
    private static final String X09_NAME = "Exampleshire County Council";

    private final CpisDatabase db;
    private final DSLContext dsl;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private long peakRetained;

    LargeUploadOnPostgresIT(CpisDatabase db) {
        this.db = db;
        this.dsl = db.dsl();
    }

    private void sample() {
        System.gc();
        peakRetained = Math.max(peakRetained, memory.getHeapMemoryUsage().getUsed());
    }

    @Test
    @DisplayName("CP-IS017 CP-IS018 CP-IS019 CP-IS024 CP-IS061: a large upload on PostgreSQL is applied once and"
            + " acknowledged (every record returned), and its repeat gets the same acknowledgement, in a small heap")
    void largeUploadAndItsRepeat(@TempDir Path dir) throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("run in the forked small-heap JVM")
                .isLessThanOrEqualTo(HEAP_MB * 1024 * 1024);
        SharedDatabase.emptyTables(db);
        MutableClock clock = MutableClock.at("2026-03-10T09:00:00Z");
        long started = System.nanoTime();

        SyntheticUpload upload = new SyntheticUpload("X09", X09_NAME, "4711", RECORDS);
        Path file = dir.resolve("upload-4711.xml");
        upload.write(file);
        upload.people(5_000, db.demographics()::putAll);
        db.mailboxes().register(new Mailbox(X09_MAILBOX, OdsCode.of("X09"), X09_NAME, Door.HTTP, true,
                Instant.parse("2026-01-01T10:00:00Z"), null), "secret-X09");
        long prepared = System.nanoTime();

        ResultSpilling spilling = new ResultSpilling(dir.resolve("spill"), 5_000);
        Transactions transactions = db.transactions(spilling);
        PostOffice postOffice = new PostOffice(db.mailboxes(), db.messages(),
                new EncryptedMessageBodies(dir.resolve("bodies"), newKey()), db.transmissionLog(), clock,
                new MessageIds(clock, new Random(5)), SERVICE, Workflows.DEFAULTS, 512L * 1024 * 1024);
        UploadService uploads = new UploadService(transactions, new Sampled(db.demographics()), clock,
                UploadService.DEFAULT_BATCH_SIZE, spilling);
        UploadProcessor processor = new UploadProcessor(postOffice, db.workLocks(), uploads, transactions,
                new UploadDecoder(), new AcknowledgementEncoder(), (point, messageId) -> sample());
        int stored = upload.count(SyntheticUpload.Kind.STORED);
        int refused = RECORDS - stored;

        // the first message: applied and answered
        ExchangeMessage first = send(postOffice, file);
        assertThat(first.sizeBytes()).isEqualTo(Files.size(file));
        ProcessingRun firstRun = processor.processWaiting(10);
        long firstProcessed = System.nanoTime();
        Instant appliedAt = clock.instant();

        assertThat(firstRun.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ProcessingOutcome.Status.PROCESSED);
            assertThat(o.fileOutcome()).isEqualTo(FileOutcome.CPF03);
            assertThat(o.repeat()).isFalse();
        });
        ExchangeMessage firstReply = replyTo(postOffice, first);
        StreamedAcknowledgement.Read firstAck = readAcknowledgement(postOffice, firstReply, upload);
        long firstRead = System.nanoTime();
        assertAcknowledges(firstAck, upload, stored, refused);
        Map<String, Long> afterFirst = databaseCounts();
        assertThat(afterFirst).containsEntry("la_entry", (long) stored)
                .containsEntry("la_entry_plan", (long) stored)
                .containsEntry("upload_file", 1L)
                .containsEntry("upload_record_result", (long) RECORDS)
                .containsEntry("upload_record_plan", (long) RECORDS)
                .containsEntry("audit " + AuditAction.RECORD_STORED, (long) stored)
                .containsEntry("audit " + AuditAction.RECORD_REFUSED, (long) refused)
                .containsEntry("audit " + AuditAction.UPLOAD_PROCESSED, 1L);

        // the same file again, as a second message an hour later: the ledger's acknowledgement, nothing applied
        clock.advance(Duration.ofHours(1));
        ExchangeMessage second = send(postOffice, file);
        ProcessingRun secondRun = processor.processWaiting(10);
        long secondProcessed = System.nanoTime();

        assertThat(secondRun.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.messageId()).isEqualTo(second.messageId());
            assertThat(o.status()).isEqualTo(ProcessingOutcome.Status.PROCESSED);
            assertThat(o.fileOutcome()).isEqualTo(FileOutcome.CPF03);
            assertThat(o.repeat()).as("answered from the file ledger").isTrue();
        });
        ExchangeMessage secondReply = replyTo(postOffice, second);
        assertThat(secondReply.messageId()).isNotEqualTo(firstReply.messageId());
        String secondSha256;
        try (InputStream body = postOffice.open(secondReply)) {
            secondSha256 = StreamedAcknowledgement.sha256(body);
        }
        long secondRead = System.nanoTime();
        assertThat(secondSha256).as("the same acknowledgement, byte for byte").isEqualTo(firstAck.sha256())
                .isEqualTo(firstReply.checksum());
        assertThat(firstAck.decoded().createdAt()).as("created when the file was applied").isEqualTo(appliedAt);
        assertThat(databaseCounts()).as("nothing applied twice").isEqualTo(afterFirst);
        assertThat(dsl.select(DSL.max(LA_ENTRY.RECEIVED_AT)).from(LA_ENTRY).fetchOne().value1())
                .as("every entry is the first run's").isEqualTo(appliedAt);
        assertThat(db.messages().inbox(X09_MAILBOX, 10)).extracting(ExchangeMessage::linkedId)
                .containsExactlyInAnyOrder(first.messageId(), second.messageId());
        assertThat(dsl.select(TRANSMISSION.MESSAGE_ID, TRANSMISSION.DIRECTION, TRANSMISSION.OUTCOME,
                        TRANSMISSION.SIZE_BYTES).from(TRANSMISSION).fetch().map(r -> r.value1() + " " + r.value2()
                        + " " + r.value3() + " " + r.value4()))
                .as("the transmission log: each message in and out, with its size").containsExactlyInAnyOrder(
                        first.messageId() + " IN RECEIVED " + first.sizeBytes(),
                        second.messageId() + " IN RECEIVED " + second.sizeBytes(),
                        firstReply.messageId() + " OUT READY " + firstReply.sizeBytes(),
                        secondReply.messageId() + " OUT READY " + secondReply.sizeBytes());

        System.out.printf("large upload on PostgreSQL: %d records (%d stored, %d refused), file %d MB,"
                        + " acknowledgement %d MB; preparing (file, %d PDS people) %.1f s, first message processed"
                        + " %.1f s, its acknowledgement read %.1f s, repeat processed %.1f s, its acknowledgement's"
                        + " digest %.1f s, total %.1f s; heap %d MB, peak retained after GC %d MB%n",
                RECORDS, stored, refused, Files.size(file) >> 20, firstReply.sizeBytes() >> 20,
                RECORDS - upload.count(SyntheticUpload.Kind.NOT_ON_PDS), seconds(started, prepared),
                seconds(prepared, firstProcessed), seconds(firstProcessed, firstRead),
                seconds(firstRead, secondProcessed), seconds(secondProcessed, secondRead),
                seconds(started, secondRead), Runtime.getRuntime().maxMemory() >> 20, peakRetained >> 20);
        assertThat(peakRetained).as("heap retained after GC while processing")
                .isLessThan(HEAP_MB * 3 / 4 * 1024 * 1024);
    }

    private static ExchangeMessage send(PostOffice postOffice, Path file) throws Exception {
        try (InputStream body = Files.newInputStream(file)) {
            return postOffice.accept(new Envelope(X09_MAILBOX, SERVICE, Workflows.DEFAULTS.upload(), null, "upload",
                    "upload-4711.xml"), body, null);
        }
    }

    /** The one acknowledgement in X09's mailbox answering {@code inbound}, which is PROCESSED. */
    private ExchangeMessage replyTo(PostOffice postOffice, ExchangeMessage inbound) {
        assertThat(db.messages().find(inbound.messageId()).orElseThrow().state()).isEqualTo(MessageState.PROCESSED);
        List<ExchangeMessage> replies = db.messages().inbox(X09_MAILBOX, 10).stream()
                .filter(m -> inbound.messageId().equals(m.linkedId())).toList();
        assertThat(replies).singleElement().satisfies(r -> {
            assertThat(r.workflowId()).isEqualTo(postOffice.workflows().acknowledgement());
            assertThat(r.sender()).isEqualTo(SERVICE);
            assertThat(r.onceKey()).isEqualTo("ack:" + inbound.messageId());
            assertThat(r.localId()).isEqualTo("4711");
        });
        return replies.get(0);
    }

    private static StreamedAcknowledgement.Read readAcknowledgement(PostOffice postOffice, ExchangeMessage reply,
                                                                    SyntheticUpload upload) throws Exception {
        try (InputStream body = postOffice.open(reply)) {
            return StreamedAcknowledgement.read(body, upload);
        }
    }

    /** The acknowledgement's content: every record returned in order, the counts, each refusal with its reason. */
    private static void assertAcknowledges(StreamedAcknowledgement.Read ack, SyntheticUpload upload, int stored,
                                           int refused) {
        assertThat(ack.returned()).as("every record returned").isEqualTo(RECORDS);
        assertThat(ack.returnedValid()).isEqualTo(stored);
        assertThat(ack.returnedInvalid()).isEqualTo(refused);
        assertThat(ack.firstMismatch()).as("returned records in file order, as the upload expects").isNull();
        assertThat(ack.mismatches()).isZero();
        ReceivedAcknowledgement decoded = ack.decoded();
        assertThat(decoded.sequenceId()).isEqualTo(upload.sequenceId());
        assertThat(decoded.fileOutcome()).isEqualTo(FileOutcome.CPF03);
        assertThat(decoded.recordsProcessed()).isEqualTo(RECORDS);
        assertThat(decoded.successfulCount()).isEqualTo(stored);
        assertThat(decoded.failedCount()).isEqualTo(refused);
        assertThat(decoded.recipient().odsCode()).isEqualTo("X09");
        assertThat(decoded.records()).as("one per refused record").hasSize(refused);
        long wrongReason = decoded.records().stream().filter(r -> !refusedAsExpected(r)).count();
        assertThat(wrongReason).as("refused records whose place or reason is not the expected one").isZero();
        assertThat(decoded.records().stream().collect(Collectors.groupingBy(ReceivedRecord::outcome,
                Collectors.counting()))).containsOnly(
                Map.entry(RecordOutcome.CPR01, (long) upload.count(SyntheticUpload.Kind.NOT_ON_PDS)),
                Map.entry(RecordOutcome.CPR03, (long) upload.count(SyntheticUpload.Kind.NOT_VERIFIED)));
    }

    private static boolean refusedAsExpected(ReceivedRecord r) {
        SyntheticUpload.Kind kind = SyntheticUpload.kindOf(r.position());
        return kind != SyntheticUpload.Kind.STORED && r.detail() == kind.detail()
                && r.outcome() == kind.detail().outcome();
    }

    private Map<String, Long> databaseCounts() {
        Map<String, Long> counts = new TreeMap<>();
        counts.put("la_entry", (long) dsl.fetchCount(LA_ENTRY));
        counts.put("la_entry_plan", (long) dsl.fetchCount(LA_ENTRY_PLAN));
        counts.put("upload_file", (long) dsl.fetchCount(UPLOAD_FILE));
        counts.put("upload_record_result", (long) dsl.fetchCount(UPLOAD_RECORD_RESULT));
        counts.put("upload_record_plan", (long) dsl.fetchCount(UPLOAD_RECORD_PLAN));
        counts.put("audit rows", (long) dsl.fetchCount(AUDIT_EVENT));
        for (AuditAction action : List.of(AuditAction.RECORD_STORED, AuditAction.RECORD_REFUSED,
                AuditAction.UPLOAD_PROCESSED)) {
            counts.put("audit " + action, (long) dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action.name())));
        }
        return counts;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static SecretKey newKey() throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        return generator.generateKey();
    }

    /** The store's PDS stand-in, sampling the retained heap every 40 batches while the upload's transaction runs. */
    private final class Sampled implements Demographics {
        private final Demographics delegate;
        private int calls;

        Sampled(Demographics delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<DemographicsRecord> lookup(NhsNumber nhsNumber) {
            return delegate.lookup(nhsNumber);
        }

        @Override
        public Map<NhsNumber, DemographicsRecord> lookupAll(Collection<NhsNumber> nhsNumbers) {
            if (++calls % 40 == 0) {
                sample();
            }
            return delegate.lookupAll(nhsNumbers);
        }
    }
}
