package org.cpis.sft.la;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.core.testing.Fixtures.NHS_A;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.cpis.core.upload.FileProblem;
import org.cpis.sft.la.send.SendReport;
import org.cpis.sft.la.state.FileStatus;
import org.cpis.sft.la.state.UploadFileEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sending and resubmission over the folder transport (CP-SC014, CP-SC017), with a clock the test moves. */
class ResubmissionTest {

    private final ExportRow amy = ExportRow.child("1001", NHS_A, "Amy", "Adams", "2015-05-20").cpp("2025-09-01");

    @TempDir
    Path temp;

    private LaFixture la;

    @BeforeEach
    void anLa() {
        la = new LaFixture(temp, "2026-03-02T10:00:00Z");
    }

    private Path out(String name) {
        return la.mailbox.resolve("OUT").resolve(name);
    }

    @Test
    @DisplayName("send drops the upload into the MESH client's OUT folder (.dat then .ctl) and marks it sent")
    void sendDropsThePair() throws Exception {
        UploadFileEntry file = la.build(amy).files().get(0);

        SendReport report = la.client().send();

        assertThat(report.sent()).containsExactly("CPIS_X09_00000001");
        assertThat(Files.readAllBytes(out("CPIS_X09_00000001.dat"))).isEqualTo(Files.readAllBytes(la.uploadFile(file)));
        assertThat(Files.readString(out("CPIS_X09_00000001.ctl")))
                .contains("<WorkflowId>CPIS_UPLOAD</WorkflowId>", "<From_DTS>X09OT001</From_DTS>",
                        "<To_DTS>CPISHUB1</To_DTS>", "<LocalId>CPIS_X09_00000001</LocalId>");
        assertThat(la.client().status()).singleElement().satisfies(line -> {
            assertThat(line.file().status()).isEqualTo(FileStatus.SENT);
            assertThat(line.file().sends()).hasSize(1);
            assertThat(line.due()).isFalse();
        });
    }

    @Test
    @DisplayName("CP-SC017: a file not acknowledged within 15 hours is sent again, with the same content and sequence id")
    void resubmittedAfterFifteenHours() throws Exception {
        la.build(amy);
        la.client().send();
        byte[] first = Files.readAllBytes(out("CPIS_X09_00000001.dat"));
        Files.delete(out("CPIS_X09_00000001.dat"));
        Files.delete(out("CPIS_X09_00000001.ctl"));

        la.clock.advance(Duration.ofHours(15).minusSeconds(1));
        assertThat(la.client().send().resent()).as("not yet").isEmpty();
        assertThat(la.client().status().get(0).dueAt()).isEqualTo(java.time.Instant.parse("2026-03-03T01:00:00Z"));

        la.clock.advance(Duration.ofSeconds(1));
        SendReport again = la.client().send();

        assertThat(again.resent()).containsExactly("CPIS_X09_00000001");
        assertThat(Files.readAllBytes(out("CPIS_X09_00000001.dat"))).isEqualTo(first);
        assertThat(la.client().status().get(0).file().sends()).hasSize(2);
        assertThat(la.client().send().resent()).as("and not again straight away").isEmpty();
    }

    @Test
    @DisplayName("CP-SC017: the resubmission time is a setting (upload.resubmit-after)")
    void resubmitAfterSetting() {
        la.settingsWith("upload.resubmit-after=2h");
        la.build(amy);
        la.client().send();

        la.clock.advance(Duration.ofHours(2));

        assertThat(la.client().send().resent()).containsExactly("CPIS_X09_00000001");
    }

    @Test
    @DisplayName("CP-SC017: a file answered 'PDS unavailable' (CPF05) is due again at once; an acknowledged file never")
    void pdsUnavailableIsDueAtOnce() {
        UploadFileEntry file = la.build(amy).files().get(0);
        la.client().send();
        la.deliver("ACK1", "CPIS_UPLOAD_ACK", Acknowledgements.fileLevel(la.uploadFile(file), "1",
                FileProblem.DEMOGRAPHICS_UNAVAILABLE, la.clock.instant()));
        la.client().inbox(false);
        assertThat(la.client().status().get(0).file().status()).isEqualTo(FileStatus.PDS_UNAVAILABLE);
        assertThat(la.client().status().get(0).due()).isTrue();

        assertThat(la.client().send().resent()).containsExactly("CPIS_X09_00000001");

        la.deliver("ACK2", "CPIS_UPLOAD_ACK", Acknowledgements.forFile(la.uploadFile(file), "1", Map.of(),
                la.clock.instant()));
        la.client().inbox(false);
        la.clock.advance(Duration.ofDays(3));
        assertThat(la.client().status().get(0).file().status()).isEqualTo(FileStatus.SUCCESSFUL);
        assertThat(la.client().send().resent()).isEmpty();
    }

    @Test
    @DisplayName("CP-SC014: with sending switched off nothing is sent (CPIS-L011); files wait as 'created'")
    void sendingSwitchedOff() {
        la.settingsWith("sending.enabled=false");
        la.build(amy);

        assertThatThrownBy(() -> la.client().send()).isInstanceOf(LaClientException.class)
                .hasMessageStartingWith("CPIS-L011 sending is switched off");
        assertThat(la.mailbox.resolve("OUT")).isEmptyDirectory();
        assertThat(la.client().status().get(0).file().status()).isEqualTo(FileStatus.CREATED);
    }

    @Test
    @DisplayName("A missing OUT folder is a transport failure naming the folder; the file stays due")
    void missingOutFolder() throws Exception {
        la.build(amy);
        Files.delete(la.mailbox.resolve("OUT"));

        SendReport report = la.client().send();

        assertThat(report.failures()).singleElement().asString().contains("OUT folder").contains("does not exist");
        assertThat(la.client().status().get(0).due()).isTrue();
    }
}
