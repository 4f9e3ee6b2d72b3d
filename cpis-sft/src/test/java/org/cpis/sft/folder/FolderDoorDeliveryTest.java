package org.cpis.sft.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.sft.folder.FolderDoorFixture.A;
import static org.cpis.sft.folder.FolderDoorFixture.B;
import static org.cpis.sft.folder.FolderDoorFixture.CPIS;
import static org.cpis.sft.folder.FolderDoorFixture.H;
import static org.cpis.sft.folder.FolderDoorFixture.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import org.cpis.core.access.Transmission;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.exchange.MessageState;
import org.cpis.sft.control.ControlFileException;
import org.cpis.sft.control.ControlValues.AddressType;
import org.cpis.sft.control.ControlValues.Event;
import org.cpis.sft.control.ControlValues.Status;
import org.cpis.sft.control.DtsControl;
import org.cpis.sft.control.DtsControlReader;
import org.cpis.sft.control.StatusRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderDoorDeliveryTest {

    @TempDir
    Path base;

    FolderDoorFixture f;

    @BeforeEach
    void setUp() {
        f = new FolderDoorFixture(base);
    }

    private Mailbox mailbox(String id) {
        return f.mailboxes.find(MailboxId.of(id)).orElseThrow();
    }

    private ExchangeMessage post(String to, String text) {
        return f.postOffice.post(mailbox(to), "CPIS_UPLOAD_ACK", "CP-IS Acknowledgement", "UPLOAD-0001", null,
                "ack:" + to + ":" + text, text.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    private MessageState stateOf(ExchangeMessage message) {
        return f.messages.find(message.messageId()).orElseThrow().state();
    }

    @Test
    @DisplayName("CP-IS061 a READY message is written to IN as <id>.dat and <id>.ctl, then acknowledged and logged")
    void aReadyMessageIsWrittenToInAndAcknowledged() throws IOException, ControlFileException {
        ExchangeMessage message = post(A, "<FileResponse>ack</FileResponse>");

        ScanResult result = f.door.scanOnce();

        assertThat(result).isEqualTo(new ScanResult(0, 0, 1, 0, 0));
        String id = message.messageId();
        assertThat(names(f.in(A))).containsExactly(id + ".ctl", id + ".dat");
        assertThat(Files.readString(f.in(A).resolve(id + ".dat"))).isEqualTo("<FileResponse>ack</FileResponse>");
        DtsControl control = new DtsControlReader().read(f.in(A).resolve(id + ".ctl"));
        assertThat(control).isEqualTo(DtsControl.data().addressType(AddressType.ALL).workflowId("CPIS_UPLOAD_ACK")
                .fromDts(CPIS).toDts(A).subject("CP-IS Acknowledgement").localId("UPLOAD-0001").dtsId(id)
                .statusRecord(new StatusRecord(LocalDateTime.of(2026, 3, 1, 9, 30, 0), Event.TRANSFER,
                        Status.SUCCESS, "00", "Transferred to recipient mailbox")).build());
        assertThat(stateOf(message)).isEqualTo(MessageState.ACKNOWLEDGED);
        assertThat(f.logged()).extracting(Transmission::direction, Transmission::destination, Transmission::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Transmission.Direction.OUT, A, "READY"),
                        org.assertj.core.groups.Tuple.tuple(Transmission.Direction.OUT, A, "ACKNOWLEDGED"));
        assertThat(f.door.scanOnce().delivered()).as("delivered once").isZero();
    }

    @Test
    @DisplayName("CP-IS023 each LA's messages are written to its own IN only; LA A's never reach LA B's folder")
    void eachLasMessagesGoToItsOwnInOnly() throws IOException {
        ExchangeMessage forA = post(A, "for A");
        ExchangeMessage forB = post(B, "for B");
        ExchangeMessage forH = post(H, "for H, over HTTP");

        assertThat(f.door.scanOnce().delivered()).isEqualTo(2);

        assertThat(names(f.in(A))).containsExactly(forA.messageId() + ".ctl", forA.messageId() + ".dat");
        assertThat(names(f.in(B))).containsExactly(forB.messageId() + ".ctl", forB.messageId() + ".dat");
        assertThat(Files.readString(f.in(A).resolve(forA.messageId() + ".dat"))).isEqualTo("for A");
        assertThat(Files.readString(f.in(B).resolve(forB.messageId() + ".dat"))).isEqualTo("for B");
        assertThat(f.root.resolve(H)).as("the HTTP door's LA downloads its own").doesNotExist();
        assertThat(stateOf(forH)).isEqualTo(MessageState.READY);
    }

    @Test
    @DisplayName("crash between writing to IN and the acknowledgement: the same files are written again, then"
            + " acknowledged (at least once)")
    void aFailedAcknowledgementWritesTheSameFilesAgain() throws IOException {
        ExchangeMessage message = post(A, "acknowledgement body");
        f.messages.failMoves = 1;

        ScanResult failed = f.door.scanOnce();

        assertThat(failed.failed()).isEqualTo(1);
        assertThat(stateOf(message)).isEqualTo(MessageState.READY);
        String id = message.messageId();
        assertThat(names(f.in(A))).containsExactly(id + ".ctl", id + ".dat");
        Files.delete(f.in(A).resolve(id + ".dat")); // the LA's system took them meanwhile
        Files.delete(f.in(A).resolve(id + ".ctl"));

        f.restart();
        assertThat(f.door.scanOnce().delivered()).isEqualTo(1);

        assertThat(names(f.in(A))).containsExactly(id + ".ctl", id + ".dat");
        assertThat(Files.readString(f.in(A).resolve(id + ".dat"))).isEqualTo("acknowledgement body");
        assertThat(stateOf(message)).isEqualTo(MessageState.ACKNOWLEDGED);
    }

    @Test
    void aDisabledMailboxGetsNothingUntilItIsEnabled() throws IOException {
        ExchangeMessage message = post(A, "waits");
        f.mailboxes.setEnabled(MailboxId.of(A), false);

        f.door.scanOnce();
        assertThat(names(f.in(A))).isEmpty();
        assertThat(stateOf(message)).isEqualTo(MessageState.READY);

        f.mailboxes.setEnabled(MailboxId.of(A), true);
        f.door.scanOnce();
        assertThat(names(f.in(A))).hasSize(2);
    }

    @Test
    void aMessageWhoseBodyIsDamagedIsNotWrittenAndDoesNotStopTheOthers() throws IOException {
        ExchangeMessage damaged = post(A, "x".repeat(10_000));
        ExchangeMessage fine = post(A, "fine");
        Path cms = base.resolve("bodies").resolve(damaged.messageId().substring(0, 8))
                .resolve(damaged.messageId() + ".cms");
        byte[] bytes = Files.readAllBytes(cms);
        bytes[bytes.length / 2] ^= 0x11;
        Files.write(cms, bytes);

        ScanResult result = f.door.scanOnce();

        assertThat(result.delivered()).isEqualTo(1);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(names(f.in(A))).as("no file, whole or half, of the damaged message")
                .containsExactly(fine.messageId() + ".ctl", fine.messageId() + ".dat");
        assertThat(stateOf(damaged)).isEqualTo(MessageState.READY);
    }

    @Test
    void atMostTheSetNumberOfMessagesIsWrittenPerMailboxInOneScan() {
        f.withSettings(new FolderDoorSettings(f.root, FolderDoorFixture.INTERVAL, Duration.ofSeconds(1),
                Duration.ofMinutes(10), 100, 2));
        for (int i = 0; i < 3; i++) {
            post(A, "message " + i);
            f.clock.advance(Duration.ofMillis(1));
        }

        assertThat(f.door.scanOnce().delivered()).isEqualTo(2);
        assertThat(f.door.scanOnce().delivered()).isEqualTo(1);
    }

    @Test
    void aLinkPlantedUnderTheTemporaryNameIsNotFollowed() throws IOException {
        ExchangeMessage message = post(A, "the body");
        Path elsewhere = Files.writeString(base.resolve("elsewhere.txt"), "must stay as it is");
        f.door.scanOnce();
        ExchangeMessage next = post(A, "the second body");
        Files.createSymbolicLink(f.in(A).resolve("." + next.messageId() + ".dat.part"), elsewhere);

        f.door.scanOnce();

        assertThat(Files.readString(elsewhere)).isEqualTo("must stay as it is");
        assertThat(Files.readString(f.in(A).resolve(next.messageId() + ".dat"))).isEqualTo("the second body");
        assertThat(stateOf(message)).isEqualTo(MessageState.ACKNOWLEDGED);
    }
}
