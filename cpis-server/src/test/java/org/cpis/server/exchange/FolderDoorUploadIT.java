package org.cpis.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.server.exchange.Uploads.ACK_WORKFLOW;
import static org.cpis.server.exchange.Uploads.SERVICE_MAILBOX;
import static org.cpis.server.exchange.Uploads.child;
import static org.cpis.server.exchange.Uploads.control;
import static org.cpis.server.exchange.Uploads.entry;
import static org.cpis.server.exchange.Uploads.file;
import static org.cpis.server.exchange.Uploads.timesStored;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.model.OdsCode;
import org.cpis.core.port.LedgerEntry;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.RecordOutcome;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.gateway.codec.upload.AcknowledgementDecoder;
import org.cpis.gateway.codec.upload.ReceivedAcknowledgement;
import org.cpis.sft.control.DtsControl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Local Authority sends uploads through the folder door of the running service, the way its MESH client does:
 * data file and control file into OUT, the acknowledgement pair back in IN, decoded with the gateway's decoder; the
 * data checked in the service's PostgreSQL. Uploads that do not depend on each other are dropped together first.
 */
@ExtendWith(SharedExchangeService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FolderDoorUploadIT {

    private static final String MAILBOX = "X41OT001";
    private static final UploadedLocalAuthority LA = Uploads.la("X41", "Northshire County Council");
    private static final List<String> NHS = NhsNumbers.block(410, 6);

    private final ExchangeService service;
    private final AcknowledgementDecoder acknowledgements = new AcknowledgementDecoder();
    private LaFolder folder;

    FolderDoorUploadIT(ExchangeService service) {
        this.service = service;
    }

    @BeforeAll
    void registerTheLaAndDropTheUploads(@TempDir Path files) {
        service.register(MAILBOX, LA.odsCode(), LA.name(), "folder", "northshire-secret");
        service.loadPeople(files, List.of(NHS.get(0) + ",2015-01-01,Ann,Able", NHS.get(1) + ",2016-02-02,Bob,Baker",
                NHS.get(2) + ",2017-03-03,Cat,Cole"));
        folder = service.folder(MAILBOX);
        // NHS.get(3) and NHS.get(4) are not in the demographics table: PDS finds no match (CPR01)
        folder.send("all-valid", file(LA, "101", child(1, NHS.get(0), "Ann", "Able", "2015-01-01"),
                child(2, NHS.get(1), "Bob", "Baker", "2016-02-02")), control(MAILBOX, "UPLOAD-101"));
        folder.send("some-valid", file(LA, "102", child(1, NHS.get(2), "Cat", "Cole", "2017-03-03"),
                child(2, NHS.get(3), "Dee", "Dean", "2018-04-04")), control(MAILBOX, "UPLOAD-102"));
        folder.send("none-valid", file(LA, "103", child(1, NHS.get(3), "Dee", "Dean", "2018-04-04"),
                child(2, NHS.get(4), "Eli", "East", "2019-05-05")), control(MAILBOX, "UPLOAD-103"));
        folder.send("not-xml", "this is not an upload".getBytes(StandardCharsets.UTF_8),
                control(MAILBOX, "BROKEN-1"));
        folder.send("wrong-workflow", file(LA, "105", child(1, NHS.get(0), "Ann", "Able", "2015-01-01")),
                DtsControl.data().workflowId("SOMETHING_ELSE").fromDts(MAILBOX).toDts(SERVICE_MAILBOX).build());
        folder.send("bad-control", file(LA, "106", child(1, NHS.get(0), "Ann", "Able", "2015-01-01")),
                "<DTSControl><Version>1.0</Version>".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    @DisplayName("CP-IS017 CP-IS018 CP-IS019 CP-IS024: every record valid - CPF02 in IN, correlated to the file, the records in the database")
    void everyRecordValid() {
        LaFolder.Received ack = acknowledgementOf("101");
        ReceivedAcknowledgement decoded = acknowledgements.decode(ack.data());

        assertThat(decoded.sequenceId()).isEqualTo("101");
        assertThat(decoded.fileOutcome()).isEqualTo(FileOutcome.CPF02);
        assertThat(decoded.recordsProcessed()).isEqualTo(2);
        assertThat(decoded.successfulCount()).isEqualTo(2);
        assertThat(decoded.failedCount()).isZero();
        assertThat(ack.control().fromDts()).isEqualTo(SERVICE_MAILBOX);
        assertThat(ack.control().toDts()).isEqualTo(MAILBOX);
        assertThat(ack.control().dtsId()).isEqualTo(ack.messageId());

        assertThat(entry(service.database(), NHS.get(0), "X41")).hasValueSatisfying(e -> {
            assertThat(e.localChildId()).isEqualTo("LOCAL-" + NHS.get(0));
            assertThat(e.uploadFileId()).isEqualTo("101");
        });
        assertThat(entry(service.database(), NHS.get(1), "X41")).isPresent();
        Optional<LedgerEntry> ledger = service.database().transactions().inTransaction(
                s -> s.fileLedger().find(OdsCode.of("X41"), "101"));
        assertThat(ledger).isPresent();

        ExchangeMessage inbound = inbound("UPLOAD-101");
        assertThat(service.stateOf(inbound)).isEqualTo(MessageState.PROCESSED);
        assertThat(inbound.fileName()).isEqualTo("all-valid.dat");
        assertThat(service.repliesTo(inbound)).singleElement().satisfies(reply -> {
            assertThat(reply.messageId()).isEqualTo(ack.messageId());
            // written to IN counts as collected
            assertThat(service.stateOf(reply)).isEqualTo(MessageState.ACKNOWLEDGED);
        });
    }

    @Test
    @Order(2)
    @DisplayName("CP-IS018 CP-IS019: some records valid - CPF03, the refused record named with its CPR code, only the valid one stored")
    void someRecordsValid() {
        ReceivedAcknowledgement decoded = acknowledgements.decode(acknowledgementOf("102").data());

        assertThat(decoded.fileOutcome()).isEqualTo(FileOutcome.CPF03);
        assertThat(decoded.successfulCount()).isEqualTo(1);
        assertThat(decoded.failedCount()).isEqualTo(1);
        assertThat(decoded.records()).filteredOn(r -> !r.outcome().isSuccess()).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo(2);
            assertThat(r.outcome()).isEqualTo(RecordOutcome.CPR01);
        });
        assertThat(entry(service.database(), NHS.get(2), "X41")).isPresent();
        assertThat(entry(service.database(), NHS.get(3), "X41")).isEmpty();
    }

    @Test
    @Order(3)
    @DisplayName("CP-IS018 CP-IS019: no record valid - CPF04, nothing stored")
    void noRecordValid() {
        ReceivedAcknowledgement decoded = acknowledgements.decode(acknowledgementOf("103").data());

        assertThat(decoded.fileOutcome()).isEqualTo(FileOutcome.CPF04);
        assertThat(decoded.successfulCount()).isZero();
        assertThat(decoded.failedCount()).isEqualTo(2);
        assertThat(decoded.records()).extracting(r -> r.outcome()).containsOnly(RecordOutcome.CPR01);
        assertThat(entry(service.database(), NHS.get(3), "X41")).isEmpty();
        assertThat(entry(service.database(), NHS.get(4), "X41")).isEmpty();
    }

    @Test
    @Order(4)
    @DisplayName("CP-IS024: a file that is not XML at all - CPF01 with id -1, the message REJECTED")
    void unreadableFile() {
        LaFolder.Received ack = acknowledgementOf("-1");
        ReceivedAcknowledgement decoded = acknowledgements.decode(ack.data());

        assertThat(decoded.fileOutcome()).isEqualTo(FileOutcome.CPF01);
        assertThat(decoded.sequenceId()).isEqualTo("-1");
        assertThat(decoded.recordsProcessed()).isEqualTo(-1);
        ExchangeMessage inbound = inbound("BROKEN-1");
        assertThat(service.database().messages().find(inbound.messageId()).orElseThrow())
                .satisfies(m -> {
                    assertThat(m.state()).isEqualTo(MessageState.REJECTED);
                    assertThat(m.note()).contains("CPIS-E002");
                });
        assertThat(service.repliesTo(inbound)).singleElement()
                .satisfies(reply -> assertThat(reply.messageId()).isEqualTo(ack.messageId()));
    }

    @Test
    @Order(5)
    @DisplayName("A pair on another workflow goes to ERROR with a report naming CPIS-F027; nothing becomes a message")
    void wrongWorkflowIsRefusedToError() throws Exception {
        String report = folder.awaitRefused("wrong-workflow");

        assertThat(report).contains("Files:         wrong-workflow.dat, wrong-workflow.ctl")
                .contains("Mailbox:       " + MAILBOX).contains("CPIS-F027")
                .contains("What to do:").contains(Uploads.UPLOAD_WORKFLOW);
        assertThat(folder.error().resolve("wrong-workflow.dat")).isRegularFile();
        assertThat(folder.error().resolve("wrong-workflow.ctl")).isRegularFile();
        assertThat(Files.exists(folder.out().resolve("wrong-workflow.dat"))).isFalse();
        assertThat(service.sentBy(MAILBOX)).noneMatch(m -> "wrong-workflow.dat".equals(m.fileName()));
    }

    @Test
    @Order(6)
    @DisplayName("A control file that is not well-formed goes to ERROR with a report naming CPIS-F001")
    void brokenControlFileIsRefusedToError() {
        String report = folder.awaitRefused("bad-control");

        assertThat(report).contains("CPIS-F001").contains("bad-control.ctl");
        assertThat(folder.error().resolve("bad-control.dat")).isRegularFile();
        assertThat(service.sentBy(MAILBOX)).noneMatch(m -> "bad-control.dat".equals(m.fileName()));
    }

    @Test
    @Order(7)
    @DisplayName("CP-IS017 CP-IS018 CP-IS019: the same file again - the same acknowledgement again, the data applied once")
    void duplicateFileGetsTheSameAcknowledgementAndChangesNothing() {
        LaFolder.Received first = acknowledgementOf("101");
        folder.remove(first);
        folder.send("all-valid-again", file(LA, "101", child(1, NHS.get(0), "Ann", "Able", "2015-01-01"),
                child(2, NHS.get(1), "Bob", "Baker", "2016-02-02")), control(MAILBOX, "UPLOAD-101-AGAIN"));

        LaFolder.Received again = acknowledgementOf("101");

        assertThat(again.messageId()).isNotEqualTo(first.messageId());
        assertThat(again.data()).isEqualTo(first.data());
        assertThat(timesStored(service.database(), NHS.get(0))).isEqualTo(1);
        assertThat(timesStored(service.database(), NHS.get(1))).isEqualTo(1);
        assertThat(service.stateOf(inbound("UPLOAD-101-AGAIN"))).isEqualTo(MessageState.PROCESSED);
        assertThat(service.repliesTo(inbound("UPLOAD-101-AGAIN"))).hasSize(1);
    }

    @Test
    @Order(8)
    @DisplayName("Demographics (PDS) unavailable - CPF05, nothing stored; sent again when it is back - CPF02")
    void demographicsDown() {
        service.database().demographics().setAvailable(false);
        try {
            folder.send("pds-down", file(LA, "104", child(1, NHS.get(2), "Cat", "Cole", "2017-03-03")),
                    control(MAILBOX, "UPLOAD-104"));
            LaFolder.Received ack = acknowledgementOf("104");
            assertThat(acknowledgements.decode(ack.data()).fileOutcome()).isEqualTo(FileOutcome.CPF05);
            assertThat(entry(service.database(), NHS.get(2), "X41").orElseThrow().uploadFileId()).isEqualTo("102");
            folder.remove(ack);
        } finally {
            service.database().demographics().setAvailable(true);
        }
        folder.send("pds-back", file(LA, "104", child(1, NHS.get(2), "Cat", "Cole", "2017-03-03")),
                control(MAILBOX, "UPLOAD-104-AGAIN"));

        assertThat(acknowledgements.decode(acknowledgementOf("104").data()).fileOutcome()).isEqualTo(FileOutcome.CPF02);
        assertThat(entry(service.database(), NHS.get(2), "X41").orElseThrow().uploadFileId()).isEqualTo("104");
    }

    @Test
    @Order(9)
    @DisplayName("CP-IS061: the transmission log has a row for every message in and out, and never their content")
    void transmissionLogRowsForEveryMessageNeverContent() {
        List<ExchangeMessage> messages = service.messagesOf(MAILBOX);
        LocalDate today = LocalDate.now(ServiceCalendar.ZONE);
        ExchangeService.Result report = service.cli("report", "transmissions", "--from", today.minusDays(1).toString(),
                "--to", today.plusDays(1).toString(), "--format", "csv", "--limit", "100000").assertOk();

        assertThat(messages).hasSizeGreaterThanOrEqualTo(12);
        for (ExchangeMessage m : messages) {
            boolean in = m.sender().value().equals(MAILBOX);
            assertThat(report.out()).as("the row of %s", m.messageId()).containsPattern(",(IN|OUT),"
                    + m.sender().value() + "," + m.recipient().value() + "," + m.workflowId() + "," + m.messageId()
                    + "," + m.sizeBytes() + "," + (in ? "RECEIVED" : "READY"));
        }
        assertThat(report.out()).contains(",IN," + MAILBOX + "," + SERVICE_MAILBOX + ",").contains("CPIS-F027")
                .contains("CPIS-F001");
        for (String nhs : NHS) {
            assertThat(report.out()).doesNotContain(nhs);
        }
        assertThat(report.out()).doesNotContain("Able").doesNotContain("LOCAL-").doesNotContain("not an upload");
    }

    /** Waits for the acknowledgement of the upload with this sequence id that has not been taken from IN yet. */
    private LaFolder.Received acknowledgementOf(String sequenceId) {
        return folder.awaitReceived("the acknowledgement of upload " + sequenceId,
                r -> ACK_WORKFLOW.equals(r.control().workflowId()) && sequenceId.equals(r.control().localId()));
    }

    /** The message the LA sent with this LocalId in its control file. */
    private ExchangeMessage inbound(String localId) {
        return service.sentBy(MAILBOX).stream().filter(m -> localId.equals(m.localId())).findFirst()
                .orElseThrow(() -> new AssertionError("no message with local id " + localId));
    }
}
