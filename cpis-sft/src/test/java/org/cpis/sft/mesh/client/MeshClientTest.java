package org.cpis.sft.mesh.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.sft.mesh.testing.MeshDoorFixture.LA_X;
import static org.cpis.sft.mesh.testing.MeshDoorFixture.LA_Y;
import static org.cpis.sft.mesh.testing.MeshDoorFixture.SERVICE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cpis.core.access.Transmission;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MessageState;
import org.cpis.sft.exchange.Workflows;
import org.cpis.sft.mesh.testing.MeshDoorFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MESH client against the CP-IS MESH door, over HTTPS with mutual TLS: every call the client makes. */
class MeshClientTest {

    static final String UPLOAD = Workflows.DEFAULTS.upload();
    static final long DOWNLOAD_CHUNK = 32 * 1024;

    @TempDir
    static Path folder;
    static MeshDoorFixture mesh;
    static MeshClient x;
    static MeshClient y;

    @BeforeAll
    static void start() {
        mesh = new MeshDoorFixture(folder, 512 * 1024, DOWNLOAD_CHUNK);
        x = mesh.clientOfX().build();
        y = mesh.clientOfY().build();
    }

    @AfterAll
    static void stop() {
        mesh.close();
    }

    static byte[] body(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ("<record>" .charAt(i % 8) + i / 5000 % 3);
        }
        return bytes;
    }

    static byte[] stored(String id) throws IOException {
        try (InputStream in = mesh.bodies.open(id)) {
            return in.readAllBytes();
        }
    }

    @Test
    @DisplayName("handshake with mex-ClientVersion and the OS headers")
    void handshake() throws IOException {
        int before = mesh.transmissions.all().size();

        x.handshake();

        assertThat(mesh.transmissions.all().subList(before, mesh.transmissions.all().size()))
                .extracting(Transmission::interaction, Transmission::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MESH handshake", "OK"));
    }

    @Test
    @DisplayName("CP-IS004: send a file: the service holds it RECEIVED with the exact bytes and the file's name")
    void sendFile() throws IOException {
        Path file = folder.resolve("upload-1.xml");
        Files.write(file, body(20_000));

        String id = x.send(MeshOutgoing.to(SERVICE.value(), UPLOAD).withLocalId("seq-1").withSubject("upload"), file);

        ExchangeMessage message = mesh.messages.find(id).orElseThrow();
        assertThat(message.state()).isEqualTo(MessageState.RECEIVED);
        assertThat(message.fileName()).isEqualTo("upload-1.xml");
        assertThat(message.localId()).isEqualTo("seq-1");
        assertThat(stored(id)).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    @DisplayName("a body above the chunk size goes in chunks, gzip-compressed each on its own, and arrives as one message")
    void sendChunkedAndCompressed() throws IOException {
        MeshClient chunking = mesh.clientOfX().chunkBytes(50_000).gzip(true).build();
        byte[] whole = body(180_001);

        String id = chunking.send(MeshOutgoing.to(SERVICE.value(), UPLOAD), new ByteArrayInputStream(whole),
                whole.length);

        ExchangeMessage message = mesh.messages.find(id).orElseThrow();
        assertThat(message.chunkCount()).isEqualTo(4);
        assertThat(message.state()).isEqualTo(MessageState.RECEIVED);
        assertThat(stored(id)).isEqualTo(whole);
        assertThat(mesh.transmissions.all()).filteredOn(t -> id.equals(t.messageId()))
                .extracting(Transmission::outcome)
                .containsExactly("CHUNK 1/4", "CHUNK 2:4", "CHUNK 3:4", "CHUNK 4:4", "RECEIVED");
    }

    @Test
    @DisplayName("a chunked send without compression works the same way")
    void sendChunkedPlain() throws IOException {
        MeshClient chunking = mesh.clientOfX().chunkBytes(40_000).build();
        byte[] whole = body(80_000);

        String id = chunking.send(MeshOutgoing.to(SERVICE.value(), UPLOAD), new ByteArrayInputStream(whole),
                whole.length);

        assertThat(mesh.messages.find(id).orElseThrow().chunkCount()).isEqualTo(2);
        assertThat(stored(id)).isEqualTo(whole);
    }

    @Test
    @DisplayName("a stream shorter than the size given fails in the client; no message is completed")
    void shortStream() {
        MeshClient chunking = mesh.clientOfX().chunkBytes(10_000).build();

        assertThatThrownBy(() -> chunking.send(MeshOutgoing.to(SERVICE.value(), UPLOAD),
                new ByteArrayInputStream(body(15_000)), 25_000)).isInstanceOf(IOException.class);
        assertThat(mesh.messages.all()).noneMatch(m -> m.state() == MessageState.RECEIVED && m.sizeBytes() == 25_000);
    }

    @Test
    @DisplayName("inbox, count, HEAD, download (following chunks) and acknowledge of messages CP-IS posted")
    void receive() throws IOException {
        byte[] small = "<acknowledgement/>".getBytes();
        byte[] large = body((int) (DOWNLOAD_CHUNK * 3 + 17));
        String ack = mesh.post(LA_Y, Workflows.DEFAULTS.acknowledgement(), small);
        String notification = mesh.post(LA_Y, Workflows.DEFAULTS.accessToService(), large);

        assertThat(y.inbox()).containsExactly(ack, notification);
        assertThat(y.inbox("CPIS_ACCESS*")).containsExactly(notification);
        assertThat(y.count()).isEqualTo(2);
        MeshMessageInfo head = y.head(notification);
        assertThat(head.chunks()).isEqualTo(4);
        assertThat(head.workflowId()).isEqualTo(Workflows.DEFAULTS.accessToService());

        ByteArrayOutputStream first = new ByteArrayOutputStream();
        MeshMessageInfo info = y.download(ack, first);
        Path file = folder.resolve("in").resolve(notification + ".dat");
        MeshMessageInfo chunked = y.download(notification, file);

        assertThat(first.toByteArray()).isEqualTo(small);
        assertThat(info.messageId()).isEqualTo(ack);
        assertThat(info.from()).isEqualTo(SERVICE.value());
        assertThat(info.to()).isEqualTo(LA_Y);
        assertThat(info.messageType()).isEqualTo("DATA");
        assertThat(info.statusCode()).isEqualTo("00");
        assertThat(info.localId()).isEqualTo("LOCAL-1");
        assertThat(info.fileName()).isEqualTo(ack + ".xml");
        assertThat(chunked.chunks()).isEqualTo(4);
        assertThat(Files.readAllBytes(file)).isEqualTo(large);
        assertThat(mesh.transmissions.all()).filteredOn(t -> notification.equals(t.messageId()))
                .extracting(Transmission::outcome)
                .containsExactly("READY", "DOWNLOADED 1:4", "DOWNLOADED 2:4", "DOWNLOADED 3:4", "DOWNLOADED 4:4");

        y.acknowledge(ack);
        y.acknowledge(notification);
        assertThat(y.inbox()).isEmpty();
        assertThat(y.count()).isZero();
        assertThat(mesh.messages.find(ack).orElseThrow().state()).isEqualTo(MessageState.ACKNOWLEDGED);
    }

    @Test
    @DisplayName("tracking of a sent message")
    void track() throws IOException {
        String id = x.send(MeshOutgoing.to(SERVICE.value(), UPLOAD).withLocalId("track-2"),
                new ByteArrayInputStream(body(100)), 100);

        MeshTrackingInfo tracking = x.track(id);

        assertThat(tracking.messageId()).isEqualTo(id);
        assertThat(tracking.localId()).isEqualTo("track-2");
        assertThat(tracking.workflowId()).isEqualTo(UPLOAD);
        assertThat(tracking.recipient()).isEqualTo(SERVICE.value());
        assertThat(tracking.status()).isEqualTo("accepted");
        assertThat(tracking.statusSuccess()).isTrue();
        assertThat(tracking.uploadTimestamp()).isEqualTo("2026-03-01T10:00:00Z");
    }

    @Test
    @DisplayName("endpoint lookup finds the CP-IS mailbox for the upload workflow")
    void lookup() throws IOException {
        assertThat(x.lookup("X26", UPLOAD)).containsExactly(SERVICE.value());
        assertThat(x.lookup("X09", Workflows.DEFAULTS.inactiveNhsNumbers())).containsExactly(LA_X);
    }

    @Test
    @DisplayName("a refusal is a MeshException with the HTTP status, MESH's code and the description")
    void refusals() {
        assertThatThrownBy(() -> x.send(MeshOutgoing.to(SERVICE.value(), "NOT_CPIS"),
                new ByteArrayInputStream(body(10)), 10))
                .isInstanceOfSatisfying(MeshException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(417);
                    assertThat(e.meshEvent()).isEqualTo("SEND");
                    assertThat(e.meshCode()).isEqualTo("17");
                    assertThat(e.description()).startsWith("Workflow ID not registered for mailbox (CPIS-M015)");
                });
        assertThatThrownBy(() -> x.download("20260301100000000_FFFFFF", new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(MeshException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.meshCode()).isEqualTo("20");
                });
        MeshClient wrongPassword = MeshClient.builder(mesh.address(), LA_X, "wrong", MeshDoorFixture.SHARED_SECRET)
                .clock(mesh.clock).sslContext(mesh.pki.clientContext(mesh.clientX)).build();
        assertThatThrownBy(wrongPassword::handshake).isInstanceOfSatisfying(MeshException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(403);
            assertThat(e.description()).startsWith("Invalid Authentication Token");
        });
    }

    @Test
    @DisplayName("CP-IS023: one LA's client cannot take another's message")
    void isolation() throws IOException {
        String forX = mesh.post(LA_X, Workflows.DEFAULTS.acknowledgement(), "<for-x/>".getBytes());

        assertThat(y.inbox()).doesNotContain(forX);
        assertThatThrownBy(() -> y.acknowledge(forX)).isInstanceOfSatisfying(MeshException.class,
                e -> assertThat(e.httpStatus()).isEqualTo(404));
        assertThat(x.inbox()).contains(forX);
        x.acknowledge(forX);
        assertThat(List.of(mesh.messages.find(forX).orElseThrow().state())).containsExactly(MessageState.ACKNOWLEDGED);
    }

    @Test
    @DisplayName("every token the client makes is new: many calls in the same minute all pass")
    void freshTokens() throws IOException {
        for (int i = 0; i < 5; i++) {
            assertThat(x.count()).isNotNegative();
        }
    }
}
