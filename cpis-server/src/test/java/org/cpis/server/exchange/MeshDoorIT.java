package org.cpis.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.server.exchange.Uploads.ACK_WORKFLOW;
import static org.cpis.server.exchange.Uploads.SERVICE_MAILBOX;
import static org.cpis.server.exchange.Uploads.UPLOAD_WORKFLOW;
import static org.cpis.server.exchange.Uploads.child;
import static org.cpis.server.exchange.Uploads.entry;
import static org.cpis.server.exchange.Uploads.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.gateway.codec.upload.AcknowledgementDecoder;
import org.cpis.gateway.codec.upload.ReceivedAcknowledgement;
import org.cpis.sft.mesh.client.MeshClient;
import org.cpis.sft.mesh.client.MeshException;
import org.cpis.sft.mesh.client.MeshMessageInfo;
import org.cpis.sft.mesh.client.MeshOutgoing;
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
 * Two Local Authorities reach the running service through its MESH door over mutual TLS with CP-IS's own MESH
 * client, each with the client certificate {@code pki mailbox} issued for its mailbox, the mailbox password and the
 * development shared secret: handshake, send (whole and in chunks), tracking, inbox, download, acknowledge; what one
 * LA may not see of the other's; and an LA disabled and enabled again by the admin command while the service runs.
 */
@ExtendWith(SharedExchangeService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeshDoorIT {

    private static final String MAILBOX_A = "X51OT001";
    private static final String MAILBOX_B = "X52OT001";
    private static final UploadedLocalAuthority LA_A = Uploads.la("X51", "Eastshire County Council");
    private static final UploadedLocalAuthority LA_B = Uploads.la("X52", "Westborough Council");
    private static final List<String> NHS = NhsNumbers.block(510, 4);

    private final ExchangeService service;
    private final AcknowledgementDecoder acknowledgements = new AcknowledgementDecoder();
    private MeshClient laA;
    private MeshClient laB;
    private String uploadOfA;
    private String acknowledgementOfA;

    MeshDoorIT(ExchangeService service) {
        this.service = service;
    }

    @BeforeAll
    void registerTwoLas(@TempDir Path files) {
        service.register(MAILBOX_A, LA_A.odsCode(), LA_A.name(), "http", "eastshire-secret");
        service.register(MAILBOX_B, LA_B.odsCode(), LA_B.name(), "http", "westborough-secret");
        service.loadPeople(files, List.of(NHS.get(0) + ",2015-01-01,Ann,Able", NHS.get(1) + ",2016-02-02,Bob,Baker",
                NHS.get(2) + ",2017-03-03,Cat,Cole", NHS.get(3) + ",2018-04-04,Dee,Dean"));
        laA = service.meshClient(MAILBOX_A, "eastshire-secret").build();
        laB = service.meshClient(MAILBOX_B, "westborough-secret").build();
    }

    @Test
    @Order(1)
    @DisplayName("CP-IS004 CP-IS024: handshake, send, tracking, inbox, download and acknowledge over mutual TLS")
    void aWholeRoundTrip() throws Exception {
        laA.handshake();
        byte[] upload = file(LA_A, "201", child(1, NHS.get(0), "Ann", "Able", "2015-01-01"));
        uploadOfA = laA.send(MeshOutgoing.to(SERVICE_MAILBOX, UPLOAD_WORKFLOW).withLocalId("EAST-201")
                .withFileName("east-201.xml"), new ByteArrayInputStream(upload), upload.length);

        acknowledgementOfA = awaitInbox(laA, "the acknowledgement of upload 201");
        Await.untilTrue("tracking says acknowledged", () -> "acknowledged".equals(trackingStatus(laA, uploadOfA)));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        MeshMessageInfo info = laA.download(acknowledgementOfA, body);

        assertThat(info.workflowId()).isEqualTo(ACK_WORKFLOW);
        assertThat(info.from()).isEqualTo(SERVICE_MAILBOX);
        assertThat(info.to()).isEqualTo(MAILBOX_A);
        assertThat(info.linkedMessageId()).isEqualTo(uploadOfA);
        assertThat(info.localId()).isEqualTo("201");
        ReceivedAcknowledgement ack = acknowledgements.decode(body.toByteArray());
        assertThat(ack.sequenceId()).isEqualTo("201");
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF02);
        assertThat(entry(service.database(), NHS.get(0), "X51")).isPresent();
        ExchangeMessage inbound = service.database().messages().find(uploadOfA).orElseThrow();
        assertThat(inbound.localId()).isEqualTo("EAST-201");
        assertThat(inbound.fileName()).isEqualTo("east-201.xml");
        assertThat(inbound.state()).isEqualTo(MessageState.PROCESSED);
    }

    @Test
    @Order(2)
    @DisplayName("CP-IS023: LA B's client can neither list, download, acknowledge nor track LA A's messages")
    void anotherLaSeesNothingOfIt() throws Exception {
        assertThat(laB.inbox()).doesNotContain(acknowledgementOfA);
        assertThat(laB.count()).isZero();
        assertRefused(() -> laB.download(acknowledgementOfA, new ByteArrayOutputStream()), 404, "CPIS-M024");
        assertRefused(() -> laB.acknowledge(acknowledgementOfA), 404, "CPIS-M024");
        assertRefused(() -> laB.track(uploadOfA), 404, "CPIS-M024");

        assertThat(laA.inbox()).contains(acknowledgementOfA);
        assertThat(service.stateOf(service.database().messages().find(acknowledgementOfA).orElseThrow()))
                .isEqualTo(MessageState.READY);
    }

    @Test
    @Order(3)
    @DisplayName("CP-IS023: acknowledged, the acknowledgement leaves LA A's inbox; a token with another LA's password is refused")
    void acknowledgedLeavesTheInbox() throws Exception {
        laA.acknowledge(acknowledgementOfA);

        assertThat(laA.inbox()).doesNotContain(acknowledgementOfA);
        assertThat(service.stateOf(service.database().messages().find(acknowledgementOfA).orElseThrow()))
                .isEqualTo(MessageState.ACKNOWLEDGED);
        MeshClient impostor = service.meshClient(MAILBOX_A, "westborough-secret").build();
        assertRefused(impostor::inbox, 403, "CPIS-M005");
    }

    @Test
    @Order(4)
    @DisplayName("A chunked, gzip-compressed send is joined and processed like a whole one")
    void chunkedSend() throws Exception {
        MeshClient chunking = service.meshClient(MAILBOX_A, "eastshire-secret").chunkBytes(1024).gzip(true).build();
        byte[] upload = file(LA_A, "202", child(1, NHS.get(1), "Bob", "Baker", "2016-02-02"),
                child(2, NHS.get(2), "Cat", "Cole", "2017-03-03"));
        assertThat(upload.length).as("an upload of several chunks").isGreaterThan(3 * 1024);

        String sent = chunking.send(MeshOutgoing.to(SERVICE_MAILBOX, UPLOAD_WORKFLOW).withLocalId("EAST-202"),
                new ByteArrayInputStream(upload), upload.length);

        ExchangeMessage inbound = service.database().messages().find(sent).orElseThrow();
        assertThat(inbound.chunkCount()).isEqualTo((upload.length + 1023) / 1024);
        assertThat(inbound.sizeBytes()).isEqualTo(upload.length);
        String ack = awaitInbox(chunking, "the acknowledgement of upload 202");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        assertThat(chunking.download(ack, body).linkedMessageId()).isEqualTo(sent);
        assertThat(acknowledgements.decode(body.toByteArray()).fileOutcome()).isEqualTo(FileOutcome.CPF02);
        assertThat(entry(service.database(), NHS.get(1), "X51")).isPresent();
        assertThat(entry(service.database(), NHS.get(2), "X51")).isPresent();
        chunking.acknowledge(ack);
    }

    @Test
    @Order(5)
    @DisplayName("CP-SC014: an LA disabled by the admin command while the service runs is refused at once; enabled, it works again")
    void disabledAndEnabledAgain() throws Exception {
        laB.handshake();

        service.cli("mailboxes", "disable", MAILBOX_B).assertOk();

        assertRefused(laB::handshake, 403, "CPIS-M004");
        byte[] upload = file(LA_B, "301", child(1, NHS.get(3), "Dee", "Dean", "2018-04-04"));
        assertRefused(() -> laB.send(MeshOutgoing.to(SERVICE_MAILBOX, UPLOAD_WORKFLOW),
                new ByteArrayInputStream(upload), upload.length), 403, "CPIS-M004");
        assertThat(service.sentBy(MAILBOX_B)).isEmpty();

        service.cli("mailboxes", "enable", MAILBOX_B).assertOk();

        laB.handshake();
        String sent = laB.send(MeshOutgoing.to(SERVICE_MAILBOX, UPLOAD_WORKFLOW), new ByteArrayInputStream(upload),
                upload.length);
        String ack = awaitInbox(laB, "the acknowledgement of upload 301");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        assertThat(laB.download(ack, body).linkedMessageId()).isEqualTo(sent);
        assertThat(acknowledgements.decode(body.toByteArray()).fileOutcome()).isEqualTo(FileOutcome.CPF02);
        laB.acknowledge(ack);
    }

    private static String awaitInbox(MeshClient client, String what) {
        return Await.until(what, () -> {
            try {
                return client.inbox(ACK_WORKFLOW).stream().findFirst();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static String trackingStatus(MeshClient client, String messageId) {
        try {
            return client.track(messageId).status();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private interface Call {
        void call() throws Exception;
    }

    private static void assertRefused(Call call, int status, String code) {
        assertThatThrownBy(call::call).isInstanceOfSatisfying(MeshException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(status);
            assertThat(e.description()).contains(code);
        });
    }
}
