package org.cpis.sft.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.core.testing.Fixtures.LA_X;
import static org.cpis.core.testing.Fixtures.LA_Y;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.NHS_C;
import static org.cpis.core.testing.Fixtures.NHS_D;
import static org.cpis.core.testing.Fixtures.child;
import static org.cpis.core.testing.Fixtures.cpp;
import static org.cpis.core.testing.Fixtures.plan;
import static org.cpis.core.testing.Fixtures.unborn;
import static org.cpis.sft.testing.ExchangeWorld.SERVICE;
import static org.cpis.sft.testing.ExchangeWorld.X09_MAILBOX;
import static org.cpis.sft.testing.ExchangeWorld.Y05_MAILBOX;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cpis.core.access.Transmission;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PlanType;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.MutableClock;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.RecordDetail;
import org.cpis.core.upload.RecordOutcome;
import org.cpis.core.upload.UploadRecord;
import org.cpis.core.upload.UploadService;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.gateway.codec.upload.AcknowledgementDecoder;
import org.cpis.gateway.codec.upload.AcknowledgementEncoder;
import org.cpis.gateway.codec.upload.ReceivedAcknowledgement;
import org.cpis.gateway.codec.upload.ReceivedRecord;
import org.cpis.gateway.codec.upload.UploadDecoder;
import org.cpis.gateway.codec.upload.UploadEncoder;
import org.cpis.sft.exchange.Workflows;
import org.cpis.sft.testing.ExchangeWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upload processing end to end: LA message in, core use case, acknowledgement out, with real codecs and bodies. */
class UploadProcessorTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-03-10T09:00:00Z");
    private final UploadEncoder uploadEncoder = new UploadEncoder();
    private final AcknowledgementDecoder acknowledgements = new AcknowledgementDecoder();
    private ExchangeWorld world;

    @BeforeEach
    void service() {
        world = new ExchangeWorld(dir, clock);
        world.pds().person(NHS_A, LocalDate.parse("2015-05-20"), "Amy", "Adams")
                .person(NHS_B, LocalDate.parse("2016-07-01"), "Ben", "Brown")
                .person(NHS_C, LocalDate.parse("1995-02-03"), "Mary", "Clark");
    }

    UploadProcessor processor(ProcessingCheckpoints checkpoints) {
        return new UploadProcessor(world.postOffice(), world.locks(), new UploadService(world.store(), world.pds(),
                clock, 2), world.store(), new UploadDecoder(), new AcknowledgementEncoder(), checkpoints);
    }

    UploadProcessor processor() {
        return processor(ProcessingCheckpoints.NONE);
    }

    byte[] upload(UploadedLocalAuthority la, String sequenceId, UploadRecord... records) {
        return uploadEncoder.encode(Fixtures.file(la, sequenceId, records));
    }

    static UploadRecord amy(int position) {
        return child(position, NHS_A, "C-1", "Amy", "Adams", "2015-05-20", cpp("2025-01-01"));
    }

    static UploadRecord ben(int position) {
        return child(position, NHS_B, "C-2", "Ben", "Brown", "2016-07-01", plan(PlanType.LAC, "2024-04-01", null, null));
    }

    static UploadRecord notOnPds(int position) {
        return child(position, NHS_D, "C-4", "Dan", "Dunn", "2014-01-01", cpp("2025-01-01"));
    }

    List<ExchangeMessage> repliesTo(ExchangeMessage inbound) {
        return world.messages().all().stream().filter(m -> inbound.messageId().equals(m.linkedId())).toList();
    }

    ExchangeMessage onlyReplyTo(ExchangeMessage inbound) {
        List<ExchangeMessage> replies = repliesTo(inbound);
        assertThat(replies).as("acknowledgements of message %s", inbound.messageId()).hasSize(1);
        return replies.get(0);
    }

    ReceivedAcknowledgement decode(ExchangeMessage reply) {
        return acknowledgements.decode(world.body(reply));
    }

    MessageState stateOf(ExchangeMessage m) {
        return world.messages().find(m.messageId()).orElseThrow().state();
    }

    long audited(AuditAction action) {
        return world.store().auditEvents().stream().filter(e -> e.action() == action).count();
    }

    boolean holds(String nhs, String la) {
        return world.store().inTransaction(s -> s.records().find(NhsNumber.of(nhs))).entries().stream()
                .anyMatch(e -> e.localAuthorityCode().value().equals(la));
    }

    @Test
    @DisplayName("CP-IS024 CP-IS018 CP-IS019 CP-IS023: every record valid - stored, CPF02, the acknowledgement only in the sender's mailbox, linked and correlated")
    void allValid() {
        ExchangeMessage inbound = world.send(X09_MAILBOX, upload(LA_X, "41", amy(1), ben(2)));
        ProcessingRun run = processor().processWaiting(10);

        assertThat(run.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ProcessingOutcome.Status.PROCESSED);
            assertThat(o.fileOutcome()).isEqualTo(FileOutcome.CPF02);
            assertThat(o.repeat()).isFalse();
        });
        assertThat(stateOf(inbound)).isEqualTo(MessageState.PROCESSED);
        ExchangeMessage reply = onlyReplyTo(inbound);
        assertThat(reply.sender()).isEqualTo(SERVICE);
        assertThat(reply.recipient()).isEqualTo(X09_MAILBOX);
        assertThat(reply.workflowId()).isEqualTo(Workflows.DEFAULTS.acknowledgement());
        assertThat(reply.state()).isEqualTo(MessageState.READY);
        assertThat(reply.localId()).isEqualTo("41");
        assertThat(reply.onceKey()).isEqualTo("ack:" + inbound.messageId());
        assertThat(world.messages().inbox(Y05_MAILBOX, 10)).isEmpty();
        assertThat(world.messages().inbox(X09_MAILBOX, 10)).containsExactly(reply);

        ReceivedAcknowledgement ack = decode(reply);
        assertThat(ack.sequenceId()).isEqualTo("41");
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF02);
        assertThat(ack.recordsProcessed()).isEqualTo(2);
        assertThat(ack.successfulCount()).isEqualTo(2);
        assertThat(ack.recipient().odsCode()).isEqualTo("X09");
        assertThat(ack.records()).containsExactly(new ReceivedRecord(1, RecordOutcome.CPR06, null, NHS_A, "C-1"),
                new ReceivedRecord(2, RecordOutcome.CPR06, null, NHS_B, "C-2"));
        assertThat(holds(NHS_A, "X09")).isTrue();
        assertThat(holds(NHS_B, "X09")).isTrue();
        assertThat(world.transmissions().all()).filteredOn(t -> reply.messageId().equals(t.messageId()))
                .singleElement().satisfies(t -> {
                    assertThat(t.direction()).isEqualTo(Transmission.Direction.OUT);
                    assertThat(t.outcome()).isEqualTo("READY");
                });
    }

    @Test
    @DisplayName("CP-IS017 CP-IS018: some records valid - CPF03, each refused record with its outcome, our detail code and its place")
    void someValid() {
        ExchangeMessage inbound = world.send(X09_MAILBOX, upload(LA_X, "42", amy(1), notOnPds(2),
                child(3, NHS_B, "C-2", "Ben", "Brown", "2010-01-01", cpp("2025-01-01")),
                unborn(4, NHS_C, "M-3", "Mary", "Clark", "1995-02-03", plan(PlanType.UCPP, "2026-01-01", "2026-06-01", null))));
        processor().processWaiting(10);

        ReceivedAcknowledgement ack = decode(onlyReplyTo(inbound));
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF03);
        assertThat(ack.failedCount()).isEqualTo(2);
        assertThat(ack.successfulCount()).isEqualTo(2);
        assertThat(ack.records()).containsExactly(
                new ReceivedRecord(1, RecordOutcome.CPR06, null, NHS_A, "C-1"),
                new ReceivedRecord(2, RecordOutcome.CPR01, RecordDetail.PDS_NOT_FOUND, NHS_D, "C-4"),
                new ReceivedRecord(3, RecordOutcome.CPR03, RecordDetail.PDS_NOT_VERIFIED, NHS_B, "C-2"),
                new ReceivedRecord(4, RecordOutcome.CPR06, null, NHS_C, "M-3"));
        assertThat(holds(NHS_A, "X09")).isTrue();
        assertThat(holds(NHS_B, "X09")).isFalse();
        assertThat(holds(NHS_C, "X09")).isTrue();
    }

    @Test
    @DisplayName("CP-IS018 CP-IS024: no record valid - CPF04, nothing stored")
    void noneValid() {
        ExchangeMessage inbound = world.send(X09_MAILBOX, upload(LA_X, "43", notOnPds(1),
                child(2, NHS_A, "C-1", "Amy", "Jones", "2001-01-01", cpp("2025-01-01"))));
        processor().processWaiting(10);

        ReceivedAcknowledgement ack = decode(onlyReplyTo(inbound));
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF04);
        assertThat(ack.failedCount()).isEqualTo(2);
        assertThat(ack.records()).extracting(ReceivedRecord::outcome).containsExactly(RecordOutcome.CPR01, RecordOutcome.CPR03);
        assertThat(holds(NHS_A, "X09")).isFalse();
        assertThat(stateOf(inbound)).isEqualTo(MessageState.PROCESSED);
    }

    @Test
    @DisplayName("CP-IS019 file-level error: a file whose record count is wrong gets CPF01 with its sequence id, nothing stored")
    void fileLevelError() {
        byte[] wire = upload(LA_X, "44", amy(1), ben(2));
        String text = new String(wire, StandardCharsets.UTF_8);
        assertThat(text).contains("<transmissionQuantity value=\"2\"/>");
        ExchangeMessage inbound = world.send(X09_MAILBOX, text.replace("<transmissionQuantity value=\"2\"/>",
                "<transmissionQuantity value=\"3\"/>").getBytes(StandardCharsets.UTF_8));
        processor().processWaiting(10);

        ReceivedAcknowledgement ack = decode(onlyReplyTo(inbound));
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF01);
        assertThat(ack.sequenceId()).isEqualTo("44");
        assertThat(ack.recordsProcessed()).isEqualTo(-1);
        assertThat(holds(NHS_A, "X09")).isFalse();
    }

    @Test
    @DisplayName("CP-IS019 CP-IS024: a body that is not XML at all still gets an acknowledgement - CPF01, id -1 - and the message is REJECTED with CPIS-E002")
    void notXml() {
        ExchangeMessage inbound = world.send(X09_MAILBOX, "Dear CP-IS, please find our children attached."
                .getBytes(StandardCharsets.UTF_8));
        ProcessingRun run = processor().processWaiting(10);

        assertThat(run.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ProcessingOutcome.Status.REJECTED);
            assertThat(o.note()).startsWith("CPIS-E002");
        });
        ExchangeMessage reply = onlyReplyTo(inbound);
        assertThat(reply.recipient()).isEqualTo(X09_MAILBOX);
        ReceivedAcknowledgement ack = decode(reply);
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF01);
        assertThat(ack.sequenceId()).isEqualTo("-1");
        assertThat(ack.recipient().odsCode()).as("addressed to the mailbox's LA").isEqualTo("X09");
        assertThat(ack.recipient().name()).isEqualTo("Exampleshire County Council");
        ExchangeMessage rejected = world.messages().find(inbound.messageId()).orElseThrow();
        assertThat(rejected.state()).isEqualTo(MessageState.REJECTED);
        assertThat(rejected.note()).startsWith("CPIS-E002").contains("CPIS-C001");
    }

    @Test
    @DisplayName("CP-IS024: another CP-IS message sent as an upload (a notification) gets CPF01 with id -1, never silence")
    void anotherMessage() {
        byte[] other = ("<?xml version=\"1.0\"?><CP-ISAccessToServiceNotification xmlns=\"urn:hl7-org:v3\">"
                + "<id root=\"1\"/></CP-ISAccessToServiceNotification>").getBytes(StandardCharsets.UTF_8);
        ExchangeMessage inbound = world.send(X09_MAILBOX, other);
        processor().processWaiting(10);

        ReceivedAcknowledgement ack = decode(onlyReplyTo(inbound));
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF01);
        assertThat(ack.sequenceId()).isEqualTo("-1");
        assertThat(world.messages().find(inbound.messageId()).orElseThrow().note()).contains("CPIS-C002");
    }

    @Test
    @DisplayName("A file broken after its header gets CPF01 with the sequence id it carried; records before the break are not stored")
    void brokenAfterHeader() {
        String text = new String(upload(LA_X, "45", amy(1), ben(2)), StandardCharsets.UTF_8);
        int cut = text.lastIndexOf("<record>");
        ExchangeMessage inbound = world.send(X09_MAILBOX, (text.substring(0, cut) + "<record><CP-ISRecord>")
                .getBytes(StandardCharsets.UTF_8));
        processor().processWaiting(10);

        ReceivedAcknowledgement ack = decode(onlyReplyTo(inbound));
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF01);
        assertThat(ack.sequenceId()).isEqualTo("45");
        assertThat(holds(NHS_A, "X09")).isFalse();
        assertThat(stateOf(inbound)).isEqualTo(MessageState.REJECTED);
    }

    @Test
    @DisplayName("CPF05: demographics unavailable - nothing stored; the LA resends the file and it is applied")
    void demographicsDown() {
        world.pds().setAvailable(false);
        ExchangeMessage first = world.send(X09_MAILBOX, upload(LA_X, "46", amy(1), ben(2)));
        processor().processWaiting(10);

        ReceivedAcknowledgement ack = decode(onlyReplyTo(first));
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF05);
        assertThat(ack.problem()).isNotNull();
        assertThat(ack.sequenceId()).isEqualTo("46");
        assertThat(holds(NHS_A, "X09")).isFalse();
        assertThat(audited(AuditAction.RECORD_STORED)).isZero();
        assertThat(stateOf(first)).isEqualTo(MessageState.PROCESSED);

        world.pds().setAvailable(true);
        ExchangeMessage again = world.send(X09_MAILBOX, upload(LA_X, "46", amy(1), ben(2)));
        processor().processWaiting(10);
        assertThat(decode(onlyReplyTo(again)).fileOutcome()).isEqualTo(FileOutcome.CPF02);
        assertThat(holds(NHS_A, "X09")).isTrue();
    }

    @Test
    @DisplayName("CP-IS023: a file naming another LA than its mailbox's is refused - nothing stored, audited, REJECTED, the sender told CPF01")
    void wrongSender() {
        ExchangeMessage inbound = world.send(X09_MAILBOX, upload(LA_Y, "47", amy(1), ben(2)));
        ProcessingRun run = processor().processWaiting(10);

        assertThat(run.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ProcessingOutcome.Status.REJECTED);
            assertThat(o.fileOutcome()).isEqualTo(FileOutcome.CPF01);
        });
        assertThat(holds(NHS_A, "X09")).isFalse();
        assertThat(holds(NHS_A, "Y05")).isFalse();
        assertThat(audited(AuditAction.RECORD_STORED)).isZero();
        assertThat(world.store().auditEvents()).filteredOn(e -> e.action() == AuditAction.UPLOAD_REFUSED)
                .singleElement().satisfies(e -> {
                    assertThat(e.actorOrganisation().value()).isEqualTo("X09");
                    assertThat(e.subject()).isNull();
                    assertThat(e.detail()).startsWith("CPIS-E001").contains("names Y05").contains(X09_MAILBOX.value());
                });
        ExchangeMessage refused = world.messages().find(inbound.messageId()).orElseThrow();
        assertThat(refused.state()).isEqualTo(MessageState.REJECTED);
        assertThat(refused.note()).startsWith("CPIS-E001");
        ExchangeMessage reply = onlyReplyTo(inbound);
        assertThat(reply.recipient()).isEqualTo(X09_MAILBOX);
        assertThat(world.messages().inbox(Y05_MAILBOX, 10)).isEmpty();
        ReceivedAcknowledgement ack = decode(reply);
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF01);
        assertThat(ack.sequenceId()).isEqualTo("47");
        assertThat(ack.recipient().odsCode()).isEqualTo("X09");
    }

    @Test
    @DisplayName("A file naming no valid LA code: every record refused (CPR07 CPRD05), nothing stored, answered to the mailbox's LA")
    void noLaCode() {
        UploadedLocalAuthority nameless = new UploadedLocalAuthority("x-9", "Exampleshire County Council",
                "01632960001", null);
        ExchangeMessage inbound = world.send(X09_MAILBOX, upload(nameless, "48", amy(1)));
        processor().processWaiting(10);

        ReceivedAcknowledgement ack = decode(onlyReplyTo(inbound));
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF04);
        assertThat(ack.records()).extracting(ReceivedRecord::detail).containsExactly(RecordDetail.LA_CODE_INVALID);
        assertThat(ack.recipient().odsCode()).isEqualTo("X09");
        assertThat(holds(NHS_A, "X09")).isFalse();
    }

    @Test
    @DisplayName("CP-IS017 CP-IS018 CP-IS019: the same file sent twice as two messages - two acknowledgements with identical content, applied once")
    void sameFileTwice() {
        byte[] wire = upload(LA_X, "49", amy(1), notOnPds(2));
        ExchangeMessage first = world.send(X09_MAILBOX, wire);
        processor().processWaiting(10);
        clock.advance(Duration.ofHours(2));
        ExchangeMessage second = world.send(X09_MAILBOX, wire);
        ProcessingRun run = processor().processWaiting(10);

        assertThat(run.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ProcessingOutcome.Status.PROCESSED);
            assertThat(o.repeat()).isTrue();
        });
        ExchangeMessage firstAck = onlyReplyTo(first);
        ExchangeMessage secondAck = onlyReplyTo(second);
        assertThat(secondAck.messageId()).isNotEqualTo(firstAck.messageId());
        assertThat(world.body(secondAck)).isEqualTo(world.body(firstAck));
        assertThat(decode(secondAck).fileOutcome()).isEqualTo(FileOutcome.CPF03);
        assertThat(audited(AuditAction.UPLOAD_PROCESSED)).isEqualTo(1);
        assertThat(audited(AuditAction.RECORD_STORED)).isEqualTo(1);
        assertThat(stateOf(second)).isEqualTo(MessageState.PROCESSED);
    }

    @Test
    @DisplayName("CPIS-E003: a stored body that cannot be read back is not the LA's fault - no acknowledgement, the message waits and is tried again")
    void bodyUnreadable() throws Exception {
        ExchangeMessage inbound = world.send(X09_MAILBOX, upload(LA_X, "50", amy(1)));
        world.bodies().delete(inbound.messageId());
        ProcessingRun run = processor().processWaiting(10);

        assertThat(run.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ProcessingOutcome.Status.FAILED);
            assertThat(o.note()).startsWith("CPIS-E003");
        });
        assertThat(repliesTo(inbound)).isEmpty();
        assertThat(stateOf(inbound)).isEqualTo(MessageState.PROCESSING);
        assertThat(processor().processWaiting(10).count(ProcessingOutcome.Status.FAILED)).isEqualTo(1);
    }

    @Test
    @DisplayName("CPIS-E005: a message from a mailbox nobody registered cannot be answered; it is REJECTED with a note")
    void unknownSender() {
        Instant now = clock.instant();
        ExchangeMessage stray = new ExchangeMessage("20260310090000000_ABCDEF",
                org.cpis.core.exchange.MailboxId.of("Z99OT001"), SERVICE, Workflows.DEFAULTS.upload(), null, null,
                null, 10, null, 1, MessageState.RECEIVED, now, now, null, null, null);
        world.messages().add(stray);
        ProcessingRun run = processor().processWaiting(10);

        assertThat(run.count(ProcessingOutcome.Status.REJECTED)).isEqualTo(1);
        assertThat(world.messages().find(stray.messageId()).orElseThrow().note()).startsWith("CPIS-E005");
        assertThat(repliesTo(stray)).isEmpty();
    }

    @Test
    @DisplayName("A message already processed, or held by another processor, is left alone")
    void notWaitingOrBusy() {
        ExchangeMessage inbound = world.send(X09_MAILBOX, upload(LA_X, "51", amy(1)));
        try (var held = world.locks().tryLock(UploadProcessor.lockName(inbound.messageId())).orElseThrow()) {
            assertThat(processor().process(inbound.messageId()).status()).isEqualTo(ProcessingOutcome.Status.BUSY);
        }
        assertThat(processor().process(inbound.messageId()).status()).isEqualTo(ProcessingOutcome.Status.PROCESSED);
        assertThat(processor().process(inbound.messageId()).status()).isEqualTo(ProcessingOutcome.Status.NOT_WAITING);
        assertThat(repliesTo(inbound)).hasSize(1);
    }
}
