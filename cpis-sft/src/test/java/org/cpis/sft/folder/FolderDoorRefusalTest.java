package org.cpis.sft.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.sft.folder.FolderDoorFixture.A;
import static org.cpis.sft.folder.FolderDoorFixture.B;
import static org.cpis.sft.folder.FolderDoorFixture.CPIS;
import static org.cpis.sft.folder.FolderDoorFixture.H;
import static org.cpis.sft.folder.FolderDoorFixture.body;
import static org.cpis.sft.folder.FolderDoorFixture.control;
import static org.cpis.sft.folder.FolderDoorFixture.names;
import static org.cpis.sft.folder.FolderDoorFixture.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.cpis.core.access.Transmission;
import org.cpis.core.exchange.MailboxId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FolderDoorRefusalTest {

    @TempDir
    Path base;

    FolderDoorFixture f;

    @BeforeEach
    void setUp() {
        f = new FolderDoorFixture(base);
    }

    /** The pair and its report are in A's ERROR; OUT and the working folder are empty; no message was made. */
    private String refusedInA(String name, String code) throws IOException {
        assertThat(names(f.error(A))).containsExactly(name + ".ctl", name + ".dat", name + ".error.txt");
        assertThat(names(f.out(A))).isEmpty();
        assertThat(names(f.claimed(A))).isEmpty();
        assertThat(f.messages.all()).isEmpty();
        String report = Files.readString(f.error(A).resolve(name + ".error.txt"));
        assertThat(report).startsWith("CP-IS did not take the message below.")
                .contains("Files:         " + name + ".dat, " + name + ".ctl")
                .contains("Mailbox:       " + A)
                .contains("Code:          " + code)
                .contains("What is wrong: ")
                .contains("What to do:    ");
        assertThat(f.logged()).as("CP-IS061 a transmission log row for the refusal").singleElement().satisfies(t -> {
            assertThat(t.direction()).isEqualTo(Transmission.Direction.IN);
            assertThat(t.origin()).isEqualTo(A);
            assertThat(t.outcome()).isEqualTo(code.substring(0, 9));
            assertThat(t.messageId()).isNull();
        });
        return report;
    }

    @Test
    @DisplayName("CP-IS023 a pair in LA A's folder naming LA B as sender is refused: it never becomes B's message")
    void aPairNamingAnotherLaAsSenderIsRefused() throws IOException {
        f.drop(A, "upload-0001", body("x"), upload(B));

        assertThat(f.settle().refused()).isEqualTo(1);

        String report = refusedInA("upload-0001", "CPIS-F022 (MESH status 07)");
        assertThat(report).contains("From_DTS is " + B + ", but this folder belongs to mailbox " + A)
                .contains("write " + A + " in From_DTS");
        assertThat(f.messages.store.sentBy(MailboxId.of(B), 10)).isEmpty();
        assertThat(f.error(B)).isEmptyDirectory();
    }

    @Test
    void theSendersMailboxIdIsMatchedWhateverItsCase() throws IOException {
        f.drop(A, "upload-0001", body("x"), upload(A.toLowerCase()));

        assertThat(f.settle().taken()).isEqualTo(1);
    }

    @Test
    void aWorkflowOtherThanTheUploadWorkflowIsRefusedNamingTheRightOne() throws IOException {
        f.drop(A, "upload-0001", body("x"), control(A, CPIS, "SOME_OTHER_WORKFLOW", "U1"));

        f.settle();

        assertThat(refusedInA("upload-0001", "CPIS-F027 (MESH status 17)"))
                .contains("SOME_OTHER_WORKFLOW")
                .contains("write the CP-IS upload workflow id CPIS_UPLOAD in WorkflowId");
        assertThat(f.logged().get(0).interaction()).isEqualTo("SOME_OTHER_WORKFLOW");
    }

    @Test
    void aRecipientOtherThanCpisIsRefused() throws IOException {
        f.drop(A, "upload-0001", body("x"), control(A, B, "CPIS_UPLOAD", "U1"));

        f.settle();

        assertThat(refusedInA("upload-0001", "CPIS-F026 (MESH status 12)"))
                .contains("To_DTS is " + B)
                .contains("write the CP-IS mailbox id " + CPIS + " in To_DTS");
        assertThat(f.in(B)).isEmptyDirectory();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not XML             | this is not a control file                                     | CPIS-F001 (MESH status 06)",
        "another root        | <MESHControl/>                                                 | CPIS-F003 (MESH status 06)",
        "no WorkflowId       | <DTSControl><Version>1.0</Version><MessageType>Data</MessageType><From_DTS>X26OT001</From_DTS><To_DTS>CPIS0001</To_DTS></DTSControl> | CPIS-F004 (MESH status 06)",
        "a Report            | <DTSControl><Version>1.0</Version><MessageType>Report</MessageType><StatusRecord><DateTime>20260301093000</DateTime><Event>SEND</Event><Status>ERROR</Status><StatusCode>14</StatusCode></StatusRecord></DTSControl> | CPIS-F021 (MESH status 11)",
    })
    void aControlFileThatCannotBeTakenIsRefusedWithItsCode(String why, String control, String code)
            throws IOException {
        f.drop(A, "upload-0001", body("x"), control);

        assertThat(f.settle().refused()).isEqualTo(1);

        refusedInA("upload-0001", code);
    }

    @Test
    @DisplayName("a control file with a DOCTYPE (an external entity) is refused unread: no file it names is read")
    void aControlFileWithADoctypeIsRefusedUnread() throws IOException {
        Path secret = Files.writeString(base.resolve("secret.txt"), "SERVICE SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE DTSControl [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + "<DTSControl><Version>1.0</Version><MessageType>Data</MessageType><WorkflowId>CPIS_UPLOAD"
                + "</WorkflowId><From_DTS>X26OT001</From_DTS><To_DTS>CPIS0001</To_DTS><Subject>&s;</Subject>"
                + "</DTSControl>";
        f.drop(A, "upload-0001", body("x"), xxe);

        f.settle();

        assertThat(refusedInA("upload-0001", "CPIS-F002 (MESH status 06)"))
                .contains("CPIS-X001")
                .contains("remove the DOCTYPE")
                .doesNotContain("SERVICE SECRET");
    }

    @Test
    void anEmptyDataFileIsRefused() throws IOException {
        f.drop(A, "upload-0001", new byte[0], upload(A));

        f.settle();

        refusedInA("upload-0001", "CPIS-F028 (MESH status 02)");
        try (Stream<Path> kept = Files.walk(base.resolve("bodies"))) {
            assertThat(kept.filter(Files::isRegularFile)).as("no body kept").isEmpty();
        }
    }

    @Test
    void aDataFileLargerThanCpisTakesIsRefusedBeforeItIsStored() throws IOException {
        f = new FolderDoorFixture(base, 1000);
        f.drop(A, "upload-0001", new byte[1001], upload(A));

        f.settle();

        assertThat(refusedInA("upload-0001", "CPIS-F029 (MESH status 06)")).contains("1001 bytes, at most 1000");
        assertThat(base.resolve("bodies")).doesNotExist();
        assertThat(f.logged().get(0).sizeBytes()).isEqualTo(1001);
    }

    @Test
    void aControlFileAloneLongerThanTheTimeoutIsRefusedAsDataMissing() throws IOException {
        Files.createDirectories(f.out(A));
        Files.writeString(f.out(A).resolve("upload-0001.ctl"), upload(A));
        f.settle();
        f.clock.advance(Duration.ofMinutes(10));

        assertThat(f.door.scanOnce().refused()).isEqualTo(1);

        assertThat(names(f.error(A))).containsExactly("upload-0001.ctl", "upload-0001.error.txt");
        assertThat(names(f.out(A))).isEmpty();
        assertThat(Files.readString(f.error(A).resolve("upload-0001.error.txt")))
                .contains("Files:         upload-0001.ctl")
                .contains("Code:          CPIS-F020 (MESH status 02)")
                .contains("waited 10 minutes for its data file upload-0001.dat");
        assertThat(f.logged()).singleElement().extracting(Transmission::outcome).isEqualTo("CPIS-F020");
    }

    @Test
    void errorKeepsTheNewestRefusedPairOfANameAndNeverAnotherPairsFile() throws IOException {
        f.drop(A, "upload-0001", body("first try"), upload(B));
        f.settle();
        Files.createDirectories(f.out(A));
        Files.writeString(f.out(A).resolve("upload-0001.ctl"), "not xml");
        f.settle();
        f.clock.advance(Duration.ofMinutes(10));
        f.door.scanOnce();

        assertThat(names(f.error(A))).as("the first try's data file went with its report")
                .containsExactly("upload-0001.ctl", "upload-0001.error.txt");
        assertThat(Files.readString(f.error(A).resolve("upload-0001.ctl"))).isEqualTo("not xml");
        assertThat(Files.readString(f.error(A).resolve("upload-0001.error.txt"))).contains("CPIS-F020");
    }

    @Test
    void aPairWithANameTooLongToClaimIsRefused() throws IOException {
        String name = "u".repeat(151);
        f.drop(A, name, body("x"), upload(A));

        f.settle();

        List<String> error = names(f.error(A));
        assertThat(error).hasSize(3).contains(name + ".ctl", name + ".dat");
        String report = error.stream().filter(n -> n.endsWith(".error.txt")).findFirst().orElseThrow();
        assertThat(Files.readString(f.error(A).resolve(report))).contains("CPIS-F030")
                .contains("151 characters; at most 150");
        assertThat(f.messages.all()).isEmpty();
    }

    @Test
    void oneBadPairDoesNotStopTheOthers() throws IOException {
        f.drop(A, "upload-0001", body("x"), "not xml");
        f.drop(A, "upload-0002", body("y"), upload(A));
        f.drop(B, "upload-0001", body("z"), upload(B));

        assertThat(f.settle()).isEqualTo(new ScanResult(2, 1, 0, 0, 0));
    }

    @Test
    @DisplayName("a disabled mailbox's OUT is left alone, one report says so, and it is taken once enabled again")
    void aDisabledMailboxIsLeftAloneAndReportedOnce() throws IOException {
        f.mailboxes.setEnabled(MailboxId.of(A), false);
        f.drop(A, "upload-0001", body("x"), upload(A));

        f.settle();
        Path report = f.error(A).resolve(ClosedFolders.REPORT);
        String first = Files.readString(report);
        f.clock.advance(Duration.ofHours(1));
        f.settle();
        f.restart();
        f.settle();

        assertThat(names(f.out(A))).containsExactly("upload-0001.ctl", "upload-0001.dat");
        assertThat(names(f.error(A))).containsExactly(ClosedFolders.REPORT);
        assertThat(Files.readString(report)).isEqualTo(first)
                .startsWith("CP-IS is not taking messages from this folder.")
                .contains("Code:          CPIS-F024 (MESH status 14)")
                .contains("mailbox " + A + " (Council X09) is disabled")
                .contains("ask the CP-IS service desk to enable the mailbox");
        assertThat(f.logged()).singleElement().satisfies(t -> {
            assertThat(t.origin()).isEqualTo(A);
            assertThat(t.outcome()).isEqualTo("CPIS-F024");
        });
        assertThat(f.messages.all()).isEmpty();

        f.mailboxes.setEnabled(MailboxId.of(A), true);
        f.settle();

        assertThat(f.messages.all()).hasSize(1);
        assertThat(names(f.error(A))).as("the report goes once the mailbox is open").isEmpty();
    }

    @Test
    void aDisabledMailboxWithNothingWaitingGetsNoReport() throws IOException {
        f.mailboxes.setEnabled(MailboxId.of(A), false);

        f.settle();

        assertThat(f.error(A)).isEmptyDirectory();
        assertThat(f.logged()).isEmpty();
    }

    @Test
    void aFolderOfNoRegisteredMailboxIsLeftAloneAndReportedOnce() throws IOException {
        Path out = f.root.resolve("Q99OT001").resolve("OUT");
        Files.createDirectories(out);
        Files.write(out.resolve("upload-0001.dat"), body("x"));
        Files.writeString(out.resolve("upload-0001.ctl"), upload("Q99OT001"));

        f.settle();
        f.settle();

        Path report = f.root.resolve("Q99OT001").resolve("ERROR").resolve(ClosedFolders.REPORT);
        assertThat(Files.readString(report)).contains("Code:          CPIS-F023 (MESH status 12)")
                .contains("no mailbox named Q99OT001 is registered with CP-IS");
        assertThat(names(out)).containsExactly("upload-0001.ctl", "upload-0001.dat");
        assertThat(f.messages.all()).isEmpty();
        assertThat(f.logged()).singleElement().satisfies(t -> {
            assertThat(t.origin()).isEqualTo("Q99OT001");
            assertThat(t.outcome()).isEqualTo("CPIS-F023");
        });
    }

    @Test
    void aFolderOfAMailboxOnTheHttpDoorIsLeftAloneAndReported() throws IOException {
        Path out = f.root.resolve(H).resolve("OUT");
        Files.createDirectories(out);
        Files.write(out.resolve("upload-0001.dat"), body("x"));
        Files.writeString(out.resolve("upload-0001.ctl"), upload(H));

        f.settle();

        assertThat(Files.readString(f.root.resolve(H).resolve("ERROR").resolve(ClosedFolders.REPORT)))
                .contains("CPIS-F025").contains("registered for the HTTP door");
        assertThat(names(out)).hasSize(2);
        assertThat(f.messages.all()).isEmpty();
    }

    @Test
    @DisplayName("CP-IS064 an OUT folder that is a link to another LA's OUT is not used: B's files stay B's")
    void aMailboxWithALinkedFolderIsLeftAlone() throws IOException {
        f.drop(B, "upload-0001", body("B's upload"), upload(B));
        Files.createDirectories(f.root.resolve(A));
        Files.createSymbolicLink(f.out(A), f.out(B).toAbsolutePath());
        f.mailboxes.setEnabled(MailboxId.of(B), false); // so that only A's scan could touch B's files

        ScanResult result = f.settle();

        assertThat(result.failed()).isPositive();
        assertThat(names(f.out(B))).containsExactly("upload-0001.ctl", "upload-0001.dat");
        assertThat(names(f.error(A))).isEmpty();
        assertThat(f.messages.all()).isEmpty();
    }
}
