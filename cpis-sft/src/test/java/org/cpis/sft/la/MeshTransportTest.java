package org.cpis.sft.la;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.upload.RecordDetail;
import org.cpis.sft.la.inbox.InboxResult;
import org.cpis.sft.la.send.SendReport;
import org.cpis.sft.la.state.FileStatus;
import org.cpis.sft.la.state.ReceivedEntry.MessageKind;
import org.cpis.sft.la.state.UploadFileEntry;
import org.cpis.sft.la.transport.InboxMessage;
import org.cpis.sft.la.transport.LaTransport;
import org.cpis.sft.la.transport.LaTransports;
import org.cpis.sft.la.transport.OutboundMessage;
import org.cpis.sft.la.transport.TransportException;
import org.cpis.sft.mesh.testing.MeshDoorFixture;
import org.cpis.sft.mesh.testing.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LA client's MESH API transport ({@code transport=mesh-api}) against the CP-IS MESH door over HTTPS with mutual
 * TLS on a random port, with its keys read from files as an LA is given them: what is sent arrives as the service's
 * message, the inbox is taken and acknowledged only once kept, other workflows stay, and each kind of failure gets
 * its own code and a fix naming the setting.
 */
class MeshTransportTest {

    private static final ExportRow AMY = ExportRow.child("1001", NHS_A, "Amy", "Adams", "2015-05-20").cpp("2025-09-01");
    private static final ExportRow BEN = ExportRow.child("1002", NHS_B, "Ben", "Brown", "2012-01-31").lac("2024-06-01", "C1");

    @TempDir
    static Path doorFolder;
    static MeshDoorFixture door;

    @TempDir
    Path temp;

    private LaFixture la;

    @BeforeAll
    static void startTheDoor() {
        door = new MeshDoorFixture(doorFolder, 4 * 1024 * 1024, 32 * 1024);
    }

    @AfterAll
    static void stopTheDoor() {
        door.close();
    }

    @BeforeEach
    void anLaConnectedToTheDoor() {
        la = new LaFixture(temp, "2026-03-02T10:00:00Z");
        MeshKeyFiles.keystore(temp.resolve("keys/X09OT001.p12"), door.clientX);
        MeshKeyFiles.pem(temp.resolve("keys/ca.pem"), door.clientX.issuer());
        meshSettings();
    }

    /** The LA's settings for the door, with some lines replaced. */
    private void meshSettings(String... changes) {
        Map<String, String> lines = new java.util.LinkedHashMap<>();
        for (String line : new String[] {"transport=mesh-api", "mesh.url=" + door.address(),
                "mesh.cpis-mailbox=" + MeshDoorFixture.SERVICE.value(), "mesh.mailbox=" + MeshDoorFixture.LA_X,
                "mesh.password=" + MeshDoorFixture.PASSWORD_X, "mesh.shared-secret=" + MeshDoorFixture.SHARED_SECRET,
                "mesh.keystore=keys/X09OT001.p12", "mesh.keystore-password=" + MeshKeyFiles.KEYSTORE_PASSWORD,
                "mesh.trust-store=keys/ca.pem"}) {
            lines.put(line.substring(0, line.indexOf('=')), line);
        }
        for (String line : changes) {
            lines.put(line.substring(0, line.indexOf('=')), line);
        }
        la.settingsWith(lines.values().toArray(String[]::new));
    }

    /** The client with the door's clock for the MESH tokens (the door checks them against its own clock). */
    private LaClient client() {
        return new LaClient(la.settings(), la.clock, () -> LaTransports.forSettings(la.settings(), door.clock));
    }

    private static byte[] stored(String id) throws IOException {
        try (InputStream in = door.bodies.open(id)) {
            return in.readAllBytes();
        }
    }

    @Test
    @DisplayName("CP-SC014: send goes to CP-IS's mailbox on the upload workflow, with the sequence id as mex-LocalID")
    void sendsThroughMesh() throws Exception {
        UploadFileEntry file = la.build(AMY, BEN).files().get(0);

        SendReport report = client().send();

        assertThat(report.sent()).containsExactly("CPIS_X09_00000001");
        UploadFileEntry sent = la.savedState().files().get(0);
        assertThat(sent.status()).isEqualTo(FileStatus.SENT);
        String id = sent.sends().get(0).trackingId();
        ExchangeMessage message = door.messages.find(id).orElseThrow();
        assertThat(message.sender().value()).isEqualTo("X09OT001");
        assertThat(message.recipient()).isEqualTo(MeshDoorFixture.SERVICE);
        assertThat(message.workflowId()).isEqualTo("CPIS_UPLOAD");
        assertThat(message.localId()).isEqualTo("1");
        assertThat(message.fileName()).isEqualTo("CPIS_X09_00000001.xml");
        assertThat(message.state()).isEqualTo(MessageState.RECEIVED);
        assertThat(stored(id)).isEqualTo(Files.readAllBytes(la.uploadFile(file)));
    }

    @Test
    @DisplayName("A file above mesh.chunk-size goes in gzip-compressed chunks and arrives whole")
    void chunked() throws Exception {
        meshSettings("mesh.chunk-size=1KiB", "mesh.compress=true");
        UploadFileEntry file = la.build(AMY, BEN).files().get(0);
        long size = Files.size(la.uploadFile(file));
        assertThat(size).as("the file needs several chunks").isGreaterThan(2048);

        client().send();

        String id = la.savedState().files().get(0).sends().get(0).trackingId();
        assertThat(door.messages.find(id).orElseThrow().chunkCount()).isEqualTo((int) ((size + 1023) / 1024));
        assertThat(stored(id)).isEqualTo(Files.readAllBytes(la.uploadFile(file)));
    }

    @Test
    @DisplayName("CP-SC019, CP-SC020: the inbox is taken, applied, acknowledged; messages of other workflows stay in the mailbox")
    void inbox() throws Exception {
        UploadFileEntry file = la.build(AMY, BEN).files().get(0);
        client().send();
        String ack = door.post(MeshDoorFixture.LA_X, "CPIS_UPLOAD_ACK", Acknowledgements.forFile(la.uploadFile(file),
                "1", Map.of(2, RecordDetail.PDS_SUPERSEDED), la.clock.instant()));
        String other = door.post(MeshDoorFixture.LA_X, "OTHER_APPLICATION", "<other/>".getBytes());

        InboxResult result = client().inbox(false);

        assertThat(result.received()).singleElement().satisfies(e -> {
            assertThat(e.messageId()).isEqualTo(ack);
            assertThat(e.kind()).isEqualTo(MessageKind.ACKNOWLEDGEMENT);
        });
        assertThat(result.leftAlone()).isEqualTo(1);
        assertThat(la.savedState().files().get(0).status()).isEqualTo(FileStatus.PARTIAL);
        assertThat(la.state().resolve("received").resolve(ack + ".xml")).exists();
        assertThat(door.messages.find(ack).orElseThrow().state()).isEqualTo(MessageState.ACKNOWLEDGED);
        assertThat(door.messages.find(other).orElseThrow().state()).isEqualTo(MessageState.READY);

        assertThat(client().inbox(false).received()).as("nothing new").isEmpty();
        door.messages.find(other).ifPresent(m -> assertThat(m.state()).isEqualTo(MessageState.READY));
    }

    @Test
    @DisplayName("A message kept and applied before a crash stopped its MESH acknowledgement is acknowledged next time, applied once")
    void keptBeforeAcknowledged() {
        UploadFileEntry file = la.build(AMY).files().get(0);
        client().send();
        String ack = door.post(MeshDoorFixture.LA_X, "CPIS_UPLOAD_ACK", Acknowledgements.forFile(la.uploadFile(file),
                "1", Map.of(), la.clock.instant()));
        LaTransport mesh = LaTransports.forSettings(la.settings(), door.clock);
        LaTransport crashesBeforeAcknowledging = new LaTransport() {
            @Override
            public String send(OutboundMessage message) {
                return mesh.send(message);
            }

            @Override
            public List<InboxMessage> inbox() {
                return mesh.inbox();
            }

            @Override
            public byte[] download(String messageId) {
                return mesh.download(messageId);
            }

            @Override
            public void acknowledge(String messageId) {
                throw new TransportException("the process stopped here");
            }
        };

        assertThatThrownBy(() -> new LaClient(la.settings(), la.clock, () -> crashesBeforeAcknowledging).inbox(false))
                .hasMessageStartingWith("CPIS-L010 message " + ack + " was kept but could not be acknowledged");
        assertThat(la.savedState().messages()).hasSize(1);
        assertThat(la.savedState().files().get(0).status()).isEqualTo(FileStatus.SUCCESSFUL);
        assertThat(door.messages.find(ack).orElseThrow().state()).as("still in the inbox").isEqualTo(MessageState.READY);

        InboxResult again = client().inbox(false);

        assertThat(again.received()).as("recognised, not applied again").isEmpty();
        assertThat(la.savedState().messages()).hasSize(1);
        assertThat(door.messages.find(ack).orElseThrow().state()).isEqualTo(MessageState.ACKNOWLEDGED);
    }

    @Test
    @DisplayName("A wrong mailbox password is CPIS-L037 naming the settings to check; the file waits to be sent")
    void refusedAuthentication() {
        meshSettings("mesh.password=not-the-password");
        la.build(AMY);

        assertThatThrownBy(() -> client().send()).isInstanceOfSatisfying(LaClientException.class, e -> {
            assertThat(e.code()).isEqualTo(LaCode.MESH_AUTH_REFUSED);
            assertThat(e.getMessage()).startsWith("CPIS-L037 cannot send CPIS_X09_00000001: MESH at " + door.address()
                    + " refused mailbox X09OT001 when asked to validate the mailbox (handshake) (HTTP 403")
                    .contains("check mesh.mailbox, mesh.password and mesh.shared-secret");
        });
        assertThat(la.savedState().files().get(0).status()).isEqualTo(FileStatus.CREATED);
        assertThatThrownBy(() -> client().inbox(false)).hasMessageStartingWith("CPIS-L037 cannot list the inbox: ");
    }

    @Test
    @DisplayName("A server certificate from a CA the LA does not trust is CPIS-L038 naming mesh.trust-store")
    void untrustedServer() {
        MeshKeyFiles.pem(temp.resolve("keys/other-ca.pem"), TestCertificates.create().client("x").issuer());
        meshSettings("mesh.trust-store=keys/other-ca.pem");
        la.build(AMY);

        assertThatThrownBy(() -> client().send()).isInstanceOfSatisfying(LaClientException.class, e -> {
            assertThat(e.code()).isEqualTo(LaCode.MESH_TLS);
            assertThat(e.getMessage()).contains("the TLS connection to MESH at " + door.address() + " failed")
                    .contains("this client does not trust the server's certificate: set mesh.trust-store");
        });
        assertThat(la.savedState().files().get(0).status()).isEqualTo(FileStatus.CREATED);
    }

    @Test
    @DisplayName("A client certificate the server does not trust is CPIS-L038 naming mesh.keystore")
    void refusedClientCertificate() {
        MeshKeyFiles.keystore(temp.resolve("keys/stranger.p12"), TestCertificates.create().client("X09OT001.X09"));
        meshSettings("mesh.keystore=keys/stranger.p12");
        la.build(AMY);

        assertThatThrownBy(() -> client().send()).isInstanceOfSatisfying(LaClientException.class, e -> {
            assertThat(e.code()).isEqualTo(LaCode.MESH_TLS);
            assertThat(e.getMessage()).contains("mesh.keystore");
        });
    }

    @Test
    @DisplayName("A file MESH refuses (unknown recipient) is CPIS-L039 for that file; it stays to be sent again")
    void refusedFile() {
        meshSettings("mesh.cpis-mailbox=NOBODY01");
        la.build(AMY);

        SendReport report = client().send();

        assertThat(report.sent()).isEmpty();
        assertThat(report.failures()).singleElement().asString()
                .startsWith("CPIS_X09_00000001: CPIS-L039 MESH refused to send CPIS_X09_00000001 (HTTP 417, MESH SEND 12")
                .contains("check mesh.cpis-mailbox and mesh.workflow-id");
        assertThat(la.savedState().files().get(0).status()).isEqualTo(FileStatus.CREATED);
    }

    @Test
    @DisplayName("Key files that cannot be used are CPIS-L040 naming the setting: wrong password, missing file, not a PEM")
    void unusableKeys() throws Exception {
        la.build(AMY);

        meshSettings("mesh.keystore-password=wrong");
        assertThatThrownBy(() -> client().send()).hasMessageStartingWith("CPIS-L040 mesh.keystore-password: ")
                .hasMessageContaining("X09OT001.p12 cannot be used: the password does not open it");

        meshSettings("mesh.keystore=keys/missing.p12");
        assertThatThrownBy(() -> client().send()).hasMessageStartingWith("CPIS-L040 mesh.keystore: ")
                .hasMessageContaining("missing.p12 cannot be used: there is no such file");

        Files.writeString(temp.resolve("keys/broken.pem"), "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
        meshSettings("mesh.trust-store=keys/broken.pem");
        assertThatThrownBy(() -> client().send()).hasMessageStartingWith("CPIS-L040 mesh.trust-store: ")
                .hasMessageContaining("it is not a PEM file of certificates");
        assertThat(la.savedState().files().get(0).status()).isEqualTo(FileStatus.CREATED);
    }

    @Test
    @DisplayName("MESH that cannot be reached is CPIS-L010 naming mesh.url")
    void unreachable() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        meshSettings("mesh.url=https://127.0.0.1:" + closedPort);
        la.build(AMY);

        assertThatThrownBy(() -> client().send()).hasMessageStartingWith("CPIS-L010 cannot send CPIS_X09_00000001:"
                + " cannot reach MESH at https://127.0.0.1:" + closedPort).hasMessageContaining("check mesh.url");
    }
}
