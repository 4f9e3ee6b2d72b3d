package org.cpis.sft.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.sft.folder.FolderDoorFixture.A;
import static org.cpis.sft.folder.FolderDoorFixture.CPIS;
import static org.cpis.sft.folder.FolderDoorFixture.body;
import static org.cpis.sft.folder.FolderDoorFixture.names;
import static org.cpis.sft.folder.FolderDoorFixture.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.exchange.MessageState;
import org.cpis.sft.exchange.Envelope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process dies at each point of taking a pair; a new door on the same folders and stores finishes the work,
 * and each pair ends as exactly one message (or one refusal).
 */
class FolderDoorRecoveryTest {

    private static final String ID = "20260301092955123_ABC123";
    private static final byte[] DATA = body("claimed before the crash");

    @TempDir
    Path base;

    FolderDoorFixture f;

    @BeforeEach
    void setUp() throws IOException {
        f = new FolderDoorFixture(base);
        f.door.scanOnce(); // the folders exist, as they do for a door that ran before
    }

    private Path claimed(String suffix) {
        return f.claimed(A).resolve(ID + ".upload-0001" + suffix);
    }

    private void claimedPair() throws IOException {
        Files.write(claimed(".dat"), DATA);
        Files.writeString(claimed(".ctl"), upload(A));
    }

    private ExchangeMessage theOnlyMessage() {
        assertThat(f.messages.all()).hasSize(1);
        return f.messages.all().get(0);
    }

    @Test
    @DisplayName("crash after the claim: the new door takes the claimed pair under its claimed id, exactly once")
    void aClaimedPairIsFinishedExactlyOnce() throws IOException {
        claimedPair();

        f.restart();
        ScanResult first = f.door.scanOnce();
        ScanResult second = f.settle();

        assertThat(first.taken()).isEqualTo(1);
        assertThat(second.taken()).isZero();
        ExchangeMessage message = theOnlyMessage();
        assertThat(message.messageId()).isEqualTo(ID);
        assertThat(message.sender()).isEqualTo(MailboxId.of(A));
        assertThat(message.fileName()).isEqualTo("upload-0001.dat");
        assertThat(f.bodyOf(message)).isEqualTo(DATA);
        assertThat(names(f.claimed(A))).isEmpty();
        assertThat(f.logged()).hasSize(1);
    }

    @Test
    @DisplayName("crash between the two renames of a claim: the data file still in OUT joins its claimed control file")
    void aClaimWhoseDataFileIsStillInOutTakesItFromThere() throws IOException {
        Files.writeString(claimed(".ctl"), upload(A));
        Files.write(f.out(A).resolve("upload-0001.dat"), DATA);

        f.restart();
        ScanResult first = f.door.scanOnce();

        assertThat(first.waiting()).as("the data file is first seen now: it may still be written").isEqualTo(1);
        assertThat(f.messages.all()).isEmpty();
        assertThat(f.settle().taken()).isEqualTo(1);
        assertThat(theOnlyMessage().messageId()).isEqualTo(ID);
        assertThat(f.bodyOf(theOnlyMessage())).isEqualTo(DATA);
        assertThat(names(f.out(A))).isEmpty();
        assertThat(names(f.claimed(A))).isEmpty();
    }

    @Test
    @DisplayName("crash after the message was stored, before the claimed files were removed: only the clean-up is left")
    void aClaimWhoseMessageExistsIsOnlyCleanedUp() throws IOException {
        claimedPair();
        f.postOffice.accept(new Envelope(MailboxId.of(A), MailboxId.of(CPIS), "CPIS_UPLOAD", "UPLOAD-0001", null,
                "upload-0001.dat"), new ByteArrayInputStream(DATA), ID);

        f.restart();
        assertThat(f.door.scanOnce().taken()).isEqualTo(1);

        assertThat(theOnlyMessage().messageId()).isEqualTo(ID);
        assertThat(names(f.claimed(A))).isEmpty();
        assertThat(f.logged()).as("logged once, when it was stored").hasSize(1);
    }

    @Test
    @DisplayName("crash while removing the claimed files (data file gone, control file left): no refusal, no second"
            + " message")
    void aClaimWithOnlyItsControlFileLeftAndAMessageIsCleanedUp() throws IOException {
        Files.writeString(claimed(".ctl"), upload(A));
        f.postOffice.accept(new Envelope(MailboxId.of(A), MailboxId.of(CPIS), "CPIS_UPLOAD", "UPLOAD-0001", null,
                "upload-0001.dat"), new ByteArrayInputStream(DATA), ID);

        f.restart();
        f.settle();

        assertThat(theOnlyMessage().state()).isEqualTo(MessageState.RECEIVED);
        assertThat(names(f.claimed(A))).isEmpty();
        assertThat(names(f.error(A))).isEmpty();
    }

    @Test
    @DisplayName("crash after the body was stored, before the message was: the message is made with that body")
    void aClaimWhoseBodyWasStoredBecomesItsMessage() throws IOException {
        claimedPair();
        f.bodies.write(ID, new ByteArrayInputStream(DATA));

        f.restart();
        f.door.scanOnce();

        assertThat(theOnlyMessage().messageId()).isEqualTo(ID);
        assertThat(theOnlyMessage().sizeBytes()).isEqualTo(DATA.length);
        assertThat(f.bodyOf(theOnlyMessage())).isEqualTo(DATA);
    }

    @Test
    @DisplayName("crash after a refusal was decided: the pair and its report are moved to ERROR, not judged again")
    void aDecidedRefusalIsMovedOn() throws IOException {
        claimedPair();
        Files.writeString(claimed(".error.txt"), "CP-IS did not take the message below. (decided before the crash)");

        f.restart();
        assertThat(f.door.scanOnce().refused()).isEqualTo(1);

        assertThat(names(f.error(A))).containsExactly("upload-0001.ctl", "upload-0001.dat", "upload-0001.error.txt");
        assertThat(Files.readString(f.error(A).resolve("upload-0001.error.txt"))).contains("decided before the crash");
        assertThat(f.messages.all()).isEmpty();
        assertThat(names(f.claimed(A))).isEmpty();
        assertThat(f.logged()).as("logged when it was decided, not again").isEmpty();
    }

    @Test
    void aRefusalHalfMovedToErrorIsCompleted() throws IOException {
        Files.write(f.error(A).resolve("upload-0001.dat"), DATA);
        Files.writeString(claimed(".ctl"), "not xml");
        Files.writeString(claimed(".error.txt"), "report");

        f.restart();
        f.door.scanOnce();

        assertThat(names(f.error(A))).containsExactly("upload-0001.ctl", "upload-0001.dat", "upload-0001.error.txt");
        assertThat(names(f.claimed(A))).isEmpty();
    }

    @Test
    void aClaimedDataFileWithoutItsControlFileGoesToError() throws IOException {
        Files.write(claimed(".dat"), DATA);

        f.restart();
        f.door.scanOnce();

        assertThat(names(f.error(A))).containsExactly("upload-0001.dat", "upload-0001.error.txt");
        assertThat(Files.readString(f.error(A).resolve("upload-0001.error.txt"))).contains("CPIS-F031");
        assertThat(f.messages.all()).isEmpty();
    }

    @Test
    void filesTheDoorDidNotNameAreLeftAloneAndItsOwnHalfWrittenFilesAreRemoved() throws IOException {
        Files.writeString(f.claimed(A).resolve("notes.txt"), "someone's notes");
        Files.writeString(f.claimed(A).resolve("." + ID + ".upload-0001.error.txt.part"), "half a report");

        f.restart();
        f.door.scanOnce();

        assertThat(names(f.claimed(A))).containsExactly("notes.txt");
    }

    @Test
    @DisplayName("a claimed pair of a mailbox disabled since is left claimed until it is enabled")
    void aClaimOfADisabledMailboxWaits() throws IOException {
        claimedPair();
        f.mailboxes.setEnabled(MailboxId.of(A), false);

        f.restart();
        f.door.scanOnce();
        assertThat(names(f.claimed(A))).hasSize(2);
        assertThat(f.messages.all()).isEmpty();

        f.mailboxes.setEnabled(MailboxId.of(A), true);
        f.door.scanOnce();
        assertThat(theOnlyMessage().messageId()).isEqualTo(ID);
    }
}
