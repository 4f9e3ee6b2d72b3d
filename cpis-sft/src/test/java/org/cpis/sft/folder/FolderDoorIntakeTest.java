package org.cpis.sft.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.sft.folder.FolderDoorFixture.A;
import static org.cpis.sft.folder.FolderDoorFixture.B;
import static org.cpis.sft.folder.FolderDoorFixture.CPIS;
import static org.cpis.sft.folder.FolderDoorFixture.body;
import static org.cpis.sft.folder.FolderDoorFixture.names;
import static org.cpis.sft.folder.FolderDoorFixture.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.stream.Stream;
import org.cpis.core.access.Transmission;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.exchange.WorkLocks;
import org.cpis.sft.body.GeneratedBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderDoorIntakeTest {

    @TempDir
    Path base;

    FolderDoorFixture f;

    @BeforeEach
    void setUp() {
        f = new FolderDoorFixture(base);
    }

    @Test
    @DisplayName("CP-IS061 a pair dropped in OUT becomes a RECEIVED message with the exact body, logged, and leaves"
            + " nothing behind")
    void aDroppedPairBecomesAMessage() throws IOException {
        byte[] data = body("three records");
        f.drop(A, "upload-0001", data, upload(A));

        ScanResult result = f.settle();

        assertThat(result).isEqualTo(new ScanResult(1, 0, 0, 0, 0));
        assertThat(f.messages.all()).singleElement().satisfies(m -> {
            assertThat(m.messageId()).matches("[0-9]{17}_[0-9A-F]{6}");
            assertThat(m.sender()).isEqualTo(MailboxId.of(A));
            assertThat(m.recipient()).isEqualTo(MailboxId.of(CPIS));
            assertThat(m.workflowId()).isEqualTo("CPIS_UPLOAD");
            assertThat(m.localId()).isEqualTo("UPLOAD-0001");
            assertThat(m.subject()).isEqualTo("CP-IS Local Authority Upload");
            assertThat(m.fileName()).isEqualTo("upload-0001.dat");
            assertThat(m.state()).isEqualTo(MessageState.RECEIVED);
            assertThat(m.sizeBytes()).isEqualTo(data.length);
            assertThat(f.bodyOf(m)).isEqualTo(data);
        });
        assertThat(names(f.out(A))).isEmpty();
        assertThat(names(f.claimed(A))).isEmpty();
        assertThat(names(f.error(A))).isEmpty();
        assertThat(f.logged()).singleElement().satisfies(t -> {
            assertThat(t.direction()).isEqualTo(Transmission.Direction.IN);
            assertThat(t.origin()).isEqualTo(A);
            assertThat(t.destination()).isEqualTo(CPIS);
            assertThat(t.interaction()).isEqualTo("CPIS_UPLOAD");
            assertThat(t.outcome()).isEqualTo("RECEIVED");
        });
        assertThat(f.settle()).as("nothing more to do").isEqualTo(new ScanResult(0, 0, 0, 0, 0));
    }

    @Test
    void theDoorMakesTheFoldersOfEveryFolderMailbox() throws IOException {
        f.door.scanOnce();

        for (String mailbox : new String[] {A, B}) {
            assertThat(f.out(mailbox)).isDirectory();
            assertThat(f.in(mailbox)).isDirectory();
            assertThat(f.error(mailbox)).isDirectory();
        }
        assertThat(names(f.root)).as("nothing for the HTTP door's mailbox").containsExactly(A, B);
    }

    @Test
    @DisplayName("CP-IS064 the body is kept encrypted: the upload's text is nowhere on disk once taken")
    void theTakenBodyIsEncryptedAtRest() throws IOException {
        f.drop(A, "upload-0001", body("9990000018 Exampleton"), upload(A));

        f.settle();

        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain("9990000018").doesNotContain("Exampleton");
            }
        }
    }

    @Test
    void aPairIsNotTakenBeforeItHasBeenQuietForTheQuietPeriod() throws IOException {
        f.drop(A, "upload-0001", body("x"), upload(A));

        assertThat(f.door.scanOnce().taken()).as("first seen").isZero();
        f.clock.advance(Duration.ofMillis(900));
        assertThat(f.door.scanOnce().taken()).as("unchanged, but seen only 0.9 s ago").isZero();
        assertThat(names(f.out(A))).containsExactly("upload-0001.ctl", "upload-0001.dat");
        f.clock.advance(Duration.ofMillis(100));
        assertThat(f.door.scanOnce().taken()).as("unchanged for 1 s").isEqualTo(1);
    }

    @Test
    void aDataFileStillGrowingIsNotTakenUntilItStops() throws IOException {
        f.drop(A, "upload-0001", body("first half"), upload(A));
        f.door.scanOnce();
        Path data = f.out(A).resolve("upload-0001.dat");
        try (OutputStream out = Files.newOutputStream(data, StandardOpenOption.APPEND)) {
            out.write(" second half".getBytes(StandardCharsets.UTF_8));
        }
        f.clock.advance(Duration.ofSeconds(2));

        assertThat(f.door.scanOnce().taken()).as("the data file changed since the last scan").isZero();
        assertThat(f.messages.all()).isEmpty();
        f.clock.advance(Duration.ofSeconds(2));
        assertThat(f.door.scanOnce().taken()).isEqualTo(1);

        assertThat(f.bodyOf(f.messages.all().get(0))).asString(StandardCharsets.UTF_8)
                .isEqualTo("<LAUpload>first half</LAUpload> second half");
    }

    @Test
    void aControlFileWithoutItsDataFileWaitsAndIsNotTaken() throws IOException {
        Files.createDirectories(f.out(A));
        Files.writeString(f.out(A).resolve("upload-0001.ctl"), upload(A));

        f.settle();
        f.clock.advance(Duration.ofMinutes(5));
        f.door.scanOnce();

        assertThat(f.messages.all()).isEmpty();
        assertThat(names(f.out(A))).containsExactly("upload-0001.ctl");
        assertThat(names(f.error(A))).isEmpty();

        Files.write(f.out(A).resolve("upload-0001.dat"), body("late"));
        f.settle();
        assertThat(f.messages.all()).as("the data file came in time").hasSize(1);
    }

    @Test
    void aDataFileWithoutAControlFileIsNeverTaken() throws IOException {
        Files.createDirectories(f.out(A));
        Files.write(f.out(A).resolve("upload-0001.dat"), body("x"));

        f.settle();
        f.clock.advance(Duration.ofHours(1));
        f.settle();

        assertThat(f.messages.all()).isEmpty();
        assertThat(names(f.out(A))).containsExactly("upload-0001.dat");
        assertThat(names(f.error(A))).isEmpty();
    }

    @Test
    void hiddenFilesAndOtherFilesInOutAreTheLasOwn() throws IOException {
        Files.createDirectories(f.out(A));
        Files.write(f.out(A).resolve(".upload-0001.dat"), body("being written"));
        Files.writeString(f.out(A).resolve(".upload-0001.ctl"), upload(A));
        Files.writeString(f.out(A).resolve("notes.txt"), "not a pair");
        Files.writeString(f.out(A).resolve(".ctl"), upload(A));

        f.settle();
        f.clock.advance(Duration.ofHours(1));
        f.settle();

        assertThat(f.messages.all()).isEmpty();
        assertThat(names(f.out(A))).containsExactly(".ctl", ".upload-0001.ctl", ".upload-0001.dat", "notes.txt");
        assertThat(names(f.error(A))).isEmpty();
    }

    @Test
    void aLinkInOutIsNeverFollowed() throws IOException {
        Path secret = Files.writeString(base.resolve("service-secret.txt"), "SERVICE SECRET");
        Files.createDirectories(f.out(A));
        Files.createSymbolicLink(f.out(A).resolve("upload-0001.dat"), secret);
        Files.writeString(f.out(A).resolve("upload-0001.ctl"), upload(A));

        f.settle();

        assertThat(f.messages.all()).isEmpty();
    }

    @Test
    void aLargePairIsStreamedThrough() throws IOException {
        long length = 24L * 1024 * 1024;
        f = new FolderDoorFixture(base, 32L * 1024 * 1024);
        Files.createDirectories(f.out(A));
        try (InputStream in = GeneratedBody.of(17, length)) {
            Files.copy(in, f.out(A).resolve("big.dat"));
        }
        Files.writeString(f.out(A).resolve("big.ctl"), upload(A));

        f.settle();

        ExchangeMessage message = f.messages.all().get(0);
        assertThat(message.sizeBytes()).isEqualTo(length);
        try (InputStream in = f.postOffice.open(message)) {
            assertThat(GeneratedBody.sha256(in)).isEqualTo(GeneratedBody.sha256(GeneratedBody.of(17, length)));
        }
    }

    @Test
    void atMostTheSetNumberOfPairsIsTakenPerMailboxInOneScan() throws IOException {
        f.withSettings(new FolderDoorSettings(f.root, FolderDoorFixture.INTERVAL, Duration.ofSeconds(1),
                Duration.ofMinutes(10), 2, 100));
        for (int i = 1; i <= 5; i++) {
            f.drop(A, "upload-000" + i, body("file " + i), upload(A));
        }
        f.drop(B, "upload-0001", body("B's file"), upload(B));

        assertThat(f.settle().taken()).as("2 of A's, 1 of B's").isEqualTo(3);
        assertThat(f.door.scanOnce().taken()).isEqualTo(2);
        assertThat(f.door.scanOnce().taken()).isEqualTo(1);

        assertThat(f.messages.all()).extracting(ExchangeMessage::fileName).containsExactlyInAnyOrder(
                "upload-0001.dat", "upload-0002.dat", "upload-0003.dat", "upload-0004.dat", "upload-0005.dat",
                "upload-0001.dat");
    }

    @Test
    @DisplayName("a pair CP-IS cannot store now (database down) stays claimed, does not stop the next pair, and is"
            + " taken at the next scan")
    void aFailureOfCpisOwnLeavesThePairForTheNextScan() throws IOException {
        f.drop(A, "upload-0001", body("first"), upload(A));
        f.drop(A, "upload-0002", body("second"), upload(A));
        f.door.scanOnce();
        f.clock.advance(FolderDoorFixture.INTERVAL);
        f.messages.failAdds = 1;

        ScanResult failing = f.door.scanOnce();

        assertThat(failing.failed()).isEqualTo(1);
        assertThat(failing.taken()).isEqualTo(1);
        assertThat(names(f.out(A))).isEmpty();
        assertThat(names(f.claimed(A))).hasSize(2).allMatch(n -> n.contains(".upload-0001."));
        assertThat(names(f.error(A))).isEmpty();

        assertThat(f.door.scanOnce()).isEqualTo(new ScanResult(1, 0, 0, 0, 0));
        assertThat(f.messages.all()).extracting(m -> new String(f.bodyOf(m), StandardCharsets.UTF_8))
                .containsExactlyInAnyOrder("<LAUpload>first</LAUpload>", "<LAUpload>second</LAUpload>");
        assertThat(names(f.claimed(A))).isEmpty();
    }

    @Test
    void aMailboxAnotherNodeIsScanningIsLeftToIt() throws IOException {
        f.drop(A, "upload-0001", body("x"), upload(A));
        WorkLocks.WorkLock otherNode = f.locks.tryLock(FolderDoor.LOCK_PREFIX + A).orElseThrow();
        f.settle();
        assertThat(f.messages.all()).isEmpty();
        otherNode.close();

        f.settle();

        assertThat(f.messages.all()).hasSize(1);
    }
}
