package org.cpis.sft.la;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.NHS_C;

import java.nio.file.Path;
import java.util.Map;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.FileProblem;
import org.cpis.core.upload.RecordDetail;
import org.cpis.core.upload.RecordOutcome;
import org.cpis.sft.la.inbox.InboxResult;
import org.cpis.sft.la.inbox.MessageView;
import org.cpis.sft.la.state.FileRecord;
import org.cpis.sft.la.state.FileStatus;
import org.cpis.sft.la.state.ReceivedEntry.MessageKind;
import org.cpis.sft.la.state.UploadFileEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applying acknowledgements (CP-IS019, CP-SC020): real Acknowledgement Responses, encoded by the gateway, arrive in
 * the mailbox's IN folder and set the file's status and each record's outcome.
 */
class AcknowledgementStatusTest {

    @TempDir
    Path temp;

    private LaFixture la;
    private UploadFileEntry file;

    @BeforeEach
    void aSentFileOfThreeChildren() {
        la = new LaFixture(temp, "2026-03-02T10:00:00Z");
        file = la.build(ExportRow.child("1001", NHS_A, "Amy", "Adams", "2015-05-20").cpp("2025-09-01"),
                ExportRow.child("1002", NHS_B, "Ben", "Brown", "2012-01-31").lac("2024-06-01", "C1"),
                ExportRow.unborn("1003", "2026-09-30", NHS_C, "Mary", "Clark", "1995-02-03").ucpp("2026-01-15"))
                .files().get(0);
        la.client().send();
    }

    private InboxResult lastInbox;

    private UploadFileEntry afterAcknowledgement(byte[] ack) {
        la.deliver("20260302110000000_ABCDEF", "CPIS_UPLOAD_ACK", ack);
        InboxResult result = la.client().inbox(false);
        lastInbox = result;
        assertThat(result.received()).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(MessageKind.ACKNOWLEDGEMENT));
        assertThat(la.mailbox.resolve("IN")).as("acknowledged: taken out of the inbox").isEmptyDirectory();
        return la.client().status().get(0).file();
    }

    private Path upload() {
        return la.uploadFile(file);
    }

    @Test
    @DisplayName("CP-IS019, CP-SC020: every record loaded (CPF02): status successful, every record loaded")
    void allValid() {
        UploadFileEntry acknowledged = afterAcknowledgement(Acknowledgements.forFile(upload(), "1", Map.of(), la.clock.instant()));

        assertThat(acknowledged.status()).isEqualTo(FileStatus.SUCCESSFUL);
        assertThat(acknowledged.fileOutcome()).isEqualTo(FileOutcome.CPF02);
        assertThat(acknowledged.records()).extracting(FileRecord::outcome).containsOnly(RecordOutcome.CPR06);
    }

    @Test
    @DisplayName("CP-SC020: some records refused (CPF03): status partial, each refused record with its reason")
    void someValid() {
        UploadFileEntry acknowledged = afterAcknowledgement(Acknowledgements.forFile(upload(), "1",
                Map.of(2, RecordDetail.PDS_NOT_VERIFIED), la.clock.instant()));

        assertThat(acknowledged.status()).isEqualTo(FileStatus.PARTIAL);
        assertThat(acknowledged.records().get(0).outcome()).isEqualTo(RecordOutcome.CPR06);
        FileRecord ben = acknowledged.records().get(1);
        assertThat(ben.localId()).isEqualTo("1002");
        assertThat(ben.outcome()).isEqualTo(RecordOutcome.CPR03);
        assertThat(ben.reason()).startsWith("NHS number not verified: the date of birth and names do not match PDS")
                .endsWith("(CPRD20)");
        assertThat(la.client().inbox(false).findings()).as("nothing new").isEmpty();
    }

    @Test
    @DisplayName("CP-SC020: no record loaded (CPF04): status unsuccessful")
    void noneValid() {
        UploadFileEntry acknowledged = afterAcknowledgement(Acknowledgements.forFile(upload(), "1",
                Map.of(1, RecordDetail.PDS_NOT_FOUND, 2, RecordDetail.PDS_SENSITIVE, 3, RecordDetail.PDS_SUPERSEDED),
                la.clock.instant()));

        assertThat(acknowledged.status()).isEqualTo(FileStatus.UNSUCCESSFUL);
        assertThat(acknowledged.records()).extracting(FileRecord::outcome)
                .containsExactly(RecordOutcome.CPR01, RecordOutcome.CPR02, RecordOutcome.CPR05);
        assertThat(acknowledged.records().get(2).reason()).startsWith("NHS number superseded on PDS");
        assertThat(lastInbox.findings()).extracting(Finding::describe).contains("CPIS-L035 CP-IS refused the record of"
                + " unborn child 1003 in CPIS_X09_00000001: NHS number superseded on PDS: send the child's new NHS number"
                + " (CPRD22)");
    }

    @Test
    @DisplayName("CP-SC020: a file-level error (CPF01): status file-level error, what to do in the notes, not resent by itself")
    void fileLevelError() {
        UploadFileEntry acknowledged = afterAcknowledgement(Acknowledgements.fileLevel(upload(), "1",
                FileProblem.RECORD_COUNT_MISMATCH, la.clock.instant()));

        assertThat(acknowledged.status()).isEqualTo(FileStatus.FILE_LEVEL_ERROR);
        assertThat(acknowledged.problems()).singleElement().asString().startsWith("CPF01 file-level error")
                .contains("--resend-file");
        assertThat(la.client().status().get(0).due()).isFalse();
    }

    @Test
    @DisplayName("CP-SC017: PDS unavailable (CPF05): status PDS unavailable, due again")
    void pdsUnavailable() {
        UploadFileEntry acknowledged = afterAcknowledgement(Acknowledgements.fileLevel(upload(), "1",
                FileProblem.DEMOGRAPHICS_UNAVAILABLE, la.clock.instant()));

        assertThat(acknowledged.status()).isEqualTo(FileStatus.PDS_UNAVAILABLE);
        assertThat(la.client().status().get(0).due()).isTrue();
    }

    @Test
    @DisplayName("CP-IS019: an acknowledgement naming a file this client never sent changes nothing and is reported (CPIS-L013)")
    void unknownFile() {
        la.deliver("ACK9", "CPIS_UPLOAD_ACK", Acknowledgements.forFile(upload(), "99", Map.of(), la.clock.instant()));

        InboxResult result = la.client().inbox(false);

        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.describe())
                .startsWith("CPIS-L013 An acknowledgement (CPF02) names upload file sequence id 99"));
        assertThat(la.client().status().get(0).file().status()).isEqualTo(FileStatus.SENT);
    }

    @Test
    @DisplayName("The acknowledgement view names each refused child by local id with the reason in words")
    void acknowledgementView() {
        afterAcknowledgement(Acknowledgements.forFile(upload(), "1", Map.of(3, RecordDetail.PDS_NOT_VERIFIED),
                la.clock.instant()));

        assertThat(la.client().messages(null)).singleElement().isInstanceOfSatisfying(MessageView.Acknowledgement.class,
                a -> {
                    assertThat(a.fileName()).isEqualTo("CPIS_X09_00000001");
                    assertThat(a.status()).isEqualTo(FileStatus.PARTIAL);
                    assertThat(a.successful()).isEqualTo(2);
                    assertThat(a.records()).singleElement().satisfies(r -> {
                        assertThat(r.localId()).isEqualTo("1003");
                        assertThat(r.nhsNumber()).isEqualTo(NHS_C);
                        assertThat(r.reason()).startsWith("NHS number not verified");
                    });
                });
    }

    @Test
    @DisplayName("A repeat of an acknowledgement after a resubmission leaves the final status as it was")
    void repeatAcknowledgement() {
        afterAcknowledgement(Acknowledgements.forFile(upload(), "1", Map.of(), la.clock.instant()));
        la.deliver("LATE", "CPIS_UPLOAD_ACK", Acknowledgements.fileLevel(upload(), "1",
                FileProblem.DEMOGRAPHICS_UNAVAILABLE, la.clock.instant()));

        la.client().inbox(false);

        assertThat(la.client().status().get(0).file().status()).isEqualTo(FileStatus.SUCCESSFUL);
    }
}
