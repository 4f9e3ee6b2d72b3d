package org.cpis.sft.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.sft.mesh.testing.MeshDoorFixture.LA_DISABLED;
import static org.cpis.sft.mesh.testing.MeshDoorFixture.LA_X;
import static org.cpis.sft.mesh.testing.MeshDoorFixture.LA_Y;
import static org.cpis.sft.mesh.testing.MeshDoorFixture.PASSWORD_DISABLED;
import static org.cpis.sft.mesh.testing.MeshDoorFixture.PASSWORD_X;
import static org.cpis.sft.mesh.testing.MeshDoorFixture.PASSWORD_Y;
import static org.cpis.sft.mesh.testing.MeshDoorFixture.SERVICE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.cpis.core.access.Transmission;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.exchange.MessageState;
import org.cpis.sft.exchange.Workflows;
import org.cpis.sft.mesh.client.MeshToken;
import org.cpis.sft.mesh.testing.MeshDoorFixture;
import org.cpis.sft.mesh.testing.MeshRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MESH door over real HTTPS with mutual TLS on a random port, driven with raw requests so that every header,
 * status and body shape is seen as a MESH client sees it. The post office, its encrypted bodies on disk and the
 * core's in-memory stores are real.
 */
class MeshDoorTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String V2 = "application/vnd.mesh.v2+json";
    static final String UPLOAD = Workflows.DEFAULTS.upload();
    /** Requests larger than this are refused; downloads come in chunks of this size. */
    static final long MAX_REQUEST = 256 * 1024;
    static final long DOWNLOAD_CHUNK = 64 * 1024;

    @TempDir
    static Path folder;
    static MeshDoorFixture mesh;
    static MeshRequests asX;
    static MeshRequests asY;

    @BeforeAll
    static void start() {
        mesh = new MeshDoorFixture(folder, MAX_REQUEST, DOWNLOAD_CHUNK);
        asX = new MeshRequests(mesh.address(), mesh.pki.clientContext(mesh.clientX), mesh.clock);
        asY = new MeshRequests(mesh.address(), mesh.pki.clientContext(mesh.clientY), mesh.clock);
    }

    @AfterAll
    static void stop() {
        mesh.close();
    }

    @AfterEach
    void clockBack() {
        mesh.clock.set(MeshDoorFixture.START);
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static HttpRequest.Builder sendAsX(String body) {
        return asX.signed("/messageexchange/" + LA_X + "/outbox", LA_X, PASSWORD_X)
                .header("mex-From", LA_X).header("mex-To", SERVICE.value()).header("mex-WorkflowID", UPLOAD)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static byte[] body(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('A' + (i * 7 + i / 1000) % 26);
        }
        return bytes;
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    static byte[] stored(String messageId) throws IOException {
        try (InputStream in = mesh.bodies.open(messageId)) {
            return in.readAllBytes();
        }
    }

    @Nested
    class Handshake {

        @Test
        @DisplayName("handshake (POST and GET): 200; version 1 names the mailbox, version 2 is empty")
        void handshake() throws IOException {
            HttpResponse<String> v1 = asX.send(asX.signed("/messageexchange/" + LA_X, LA_X, PASSWORD_X)
                    .header("mex-ClientVersion", "ApiDocs==0.0.1").header("mex-OSName", "Linux")
                    .header("mex-OSVersion", "6").POST(HttpRequest.BodyPublishers.noBody()).build());
            HttpResponse<String> v2 = asX.send(asX.signed("/messageexchange/" + LA_X, LA_X, PASSWORD_X)
                    .header("Accept", V2).GET().build());

            assertThat(v1.statusCode()).isEqualTo(200);
            assertThat(json(v1).path("mailboxId").asText()).isEqualTo(LA_X);
            assertThat(v1.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("application/json"));
            assertThat(v2.statusCode()).isEqualTo(200);
            assertThat(v2.body()).isEmpty();
        }

        @Test
        @DisplayName("every call is logged through the post office, without content (CP-IS061)")
        void handshakeIsLogged() throws IOException {
            int before = mesh.transmissions.all().size();

            asX.send(asX.signed("/messageexchange/" + LA_X, LA_X, PASSWORD_X)
                    .POST(HttpRequest.BodyPublishers.noBody()).build());

            List<Transmission> rows = mesh.transmissions.all().subList(before, mesh.transmissions.all().size());
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.direction()).isEqualTo(Transmission.Direction.IN);
                assertThat(row.origin()).isEqualTo(LA_X);
                assertThat(row.interaction()).isEqualTo("MESH handshake");
                assertThat(row.outcome()).isEqualTo("OK");
            });
        }

        @Test
        @DisplayName("an Accept of vnd.mesh that is not vnd.mesh.v<N>+json: 400 CPIS-M009")
        void badAccept() throws IOException {
            HttpResponse<String> response = asX.send(asX.signed("/messageexchange/" + LA_X, LA_X, PASSWORD_X)
                    .header("Accept", "application/vnd.mesh.latest+json").GET().build());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).path("errorDescription").asText()).contains("CPIS-M009");
        }

        @Test
        @DisplayName("an unknown path: 404 in MESH's error shape, no stack trace")
        void unknownPath() throws IOException {
            HttpResponse<String> response = asX.send(asX.signed("/messageexchange/" + LA_X + "/nowhere/at/all",
                    LA_X, PASSWORD_X).GET().build());

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json(response).path("errorDescription").asText()).contains("CPIS-M028");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Nested
    @DisplayName("the authorisation token (NHSMESH)")
    class Tokens {

        long messagesBefore;
        long filesBefore;
        int rowsBefore;

        void remember() {
            messagesBefore = mesh.messages.all().size();
            filesBefore = mesh.storedFiles();
            rowsBefore = mesh.transmissions.all().size();
        }

        /** A send with the given Authorization header: refused with 403, nothing stored, the refusal logged. */
        JsonNode refusedSend(String authorization, String pathMailbox, String code) throws IOException {
            remember();
            HttpRequest.Builder request = asX.unsigned("/messageexchange/" + pathMailbox + "/outbox")
                    .header("mex-To", SERVICE.value()).header("mex-WorkflowID", UPLOAD)
                    .POST(HttpRequest.BodyPublishers.ofString("<upload/>"));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = asX.send(request.build());

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(mesh.messages.all()).hasSize((int) messagesBefore);
            assertThat(mesh.storedFiles()).isEqualTo(filesBefore);
            List<Transmission> rows = mesh.transmissions.all();
            assertThat(rows).hasSize(rowsBefore + 1);
            assertThat(rows.get(rows.size() - 1).outcome()).isEqualTo(code);
            JsonNode error = json(response);
            assertThat(error.path("errorDescription").asText()).contains(code);
            return error;
        }

        MeshToken valid() {
            return asX.token(LA_X, PASSWORD_X, UUID.randomUUID().toString(), 0);
        }

        @Test
        void missingHeader() throws IOException {
            assertThat(refusedSend(null, LA_X, "CPIS-M001").path("errorDescription").asText())
                    .startsWith("Error reading from Authorization header");
        }

        @Test
        void unreadableHeader() throws IOException {
            MeshToken t = valid();
            refusedSend("NHSMESH " + t.mailbox() + ":" + t.nonce() + ":" + t.timestamp() + ":" + t.hash(), LA_X,
                    "CPIS-M001");
            refusedSend("Basic " + t.header().substring(8), LA_X, "CPIS-M001");
            refusedSend("NHSMESH " + t.mailbox() + ":" + t.nonce() + ":x1:" + t.timestamp() + ":" + t.hash(), LA_X,
                    "CPIS-M001");
        }

        @Test
        @DisplayName("a token for another mailbox than the path's: 403 Mailbox id does not match token")
        void wrongMailbox() throws IOException {
            assertThat(refusedSend(valid().header(), LA_Y, "CPIS-M002").path("errorDescription").asText())
                    .startsWith("Mailbox id does not match token");
        }

        @Test
        @DisplayName("a token whose hash was not made with the shared secret and password: 403 Invalid Authentication Token")
        void badHash() throws IOException {
            MeshToken t = valid();
            MeshToken forged = new MeshToken(t.mailbox(), t.nonce(), t.nonceCount(), t.timestamp(),
                    MeshToken.hmac(MeshDoorFixture.SHARED_SECRET, t.mailbox(), t.nonce(), t.nonceCount(),
                            "not-the-password", t.timestamp()));
            assertThat(refusedSend(forged.header(), LA_X, "CPIS-M005").path("errorDescription").asText())
                    .startsWith("Invalid Authentication Token");
            MeshToken otherSecret = MeshToken.create(LA_X, PASSWORD_X, "another-secret", t.nonce(), 1,
                    mesh.clock.instant());
            refusedSend(otherSecret.header(), LA_X, "CPIS-M005");
        }

        @Test
        @DisplayName("the hash is compared whatever its case")
        void hashInUpperCase() throws IOException {
            MeshToken t = valid();
            MeshToken upper = new MeshToken(t.mailbox(), t.nonce(), t.nonceCount(), t.timestamp(),
                    t.hash().toUpperCase(java.util.Locale.ROOT));
            HttpResponse<String> response = asX.send(asX.withToken("/messageexchange/" + LA_X + "/count", upper)
                    .GET().build());

            assertThat(response.statusCode()).isEqualTo(200);
        }

        @Test
        @DisplayName("a timestamp more than 2 hours from the server's clock: 403 (CPIS-M006); within 2 hours: taken")
        void staleTimestamp() throws IOException {
            MeshToken old = valid();
            mesh.clock.advance(Duration.ofHours(2).plusMinutes(1));
            assertThat(refusedSend(old.header(), LA_X, "CPIS-M006").path("errorDescription").asText())
                    .contains("more than 120 minutes");

            mesh.clock.set(MeshDoorFixture.START);
            MeshToken recent = valid();
            mesh.clock.advance(Duration.ofMinutes(119));
            assertThat(asX.send(asX.withToken("/messageexchange/" + LA_X + "/count", recent).GET().build())
                    .statusCode()).isEqualTo(200);
        }

        @Test
        @DisplayName("a token used twice: the second use is 403 Error Duplicated Authentication Token")
        void replayedToken() throws IOException {
            MeshToken once = valid();
            assertThat(asX.send(asX.withToken("/messageexchange/" + LA_X + "/count", once).GET().build())
                    .statusCode()).isEqualTo(200);

            assertThat(refusedSend(once.header(), LA_X, "CPIS-M007").path("errorDescription").asText())
                    .startsWith("Error Duplicated Authentication Token");
        }

        @Test
        @DisplayName("the same nonce with a higher count is a new token")
        void nextNonceCount() throws IOException {
            String nonce = UUID.randomUUID().toString();
            for (int count = 0; count < 3; count++) {
                MeshToken token = asX.token(LA_X, PASSWORD_X, nonce, count);
                assertThat(asX.send(asX.withToken("/messageexchange/" + LA_X + "/count", token).GET().build())
                        .statusCode()).isEqualTo(200);
            }
        }

        @Test
        @DisplayName("an unknown mailbox: 403 No mailbox matched")
        void unknownMailbox() throws IOException {
            MeshToken stranger = asX.token("Q99OT001", "whatever", UUID.randomUUID().toString(), 0);
            assertThat(refusedSend(stranger.header(), "Q99OT001", "CPIS-M003").path("errorDescription").asText())
                    .startsWith("No mailbox matched");
        }

        @Test
        @DisplayName("CP-SC014: a disabled mailbox: 403 Request Received from Inactive Mailbox")
        void disabledMailbox() throws IOException {
            MeshToken disabled = asX.token(LA_DISABLED, PASSWORD_DISABLED, UUID.randomUUID().toString(), 0);
            assertThat(refusedSend(disabled.header(), LA_DISABLED, "CPIS-M004").path("errorDescription").asText())
                    .startsWith("Request Received from Inactive Mailbox");
        }

        @Test
        @DisplayName("a lower-case mailbox in the path is read upper-cased")
        void pathUpperCased() throws IOException {
            HttpResponse<String> response = asX.send(asX.signed("/messageexchange/" + LA_X.toLowerCase() + "/count",
                    LA_X, PASSWORD_X).GET().build());

            assertThat(response.statusCode()).isEqualTo(200);
        }

        @Test
        @DisplayName("version 2 error shape: internal_id and detail[event, code, msg]")
        void errorShapeVersion2() throws IOException {
            HttpResponse<String> response = asX.send(asX.unsigned("/messageexchange/" + LA_X + "/inbox")
                    .header("Accept", V2).GET().build());

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(V2);
            JsonNode error = json(response);
            assertThat(error.path("internal_id").asText()).isNotBlank();
            assertThat(error.path("detail").get(0).path("msg").asText())
                    .startsWith("Error reading from Authorization header (CPIS-M001)");
        }
    }

    @Nested
    @DisplayName("mutual TLS")
    class MutualTls {

        @Test
        @DisplayName("no client certificate: refused in the TLS handshake, nothing logged or stored")
        void noClientCertificate() {
            int rows = mesh.transmissions.all().size();
            MeshRequests anonymous = new MeshRequests(mesh.address(), mesh.pki.withoutClientCertificate(), mesh.clock);

            assertThatThrownBy(() -> anonymous.send(anonymous.signed("/messageexchange/" + LA_X, LA_X, PASSWORD_X)
                    .POST(HttpRequest.BodyPublishers.noBody()).build())).isInstanceOf(IOException.class);
            assertThat(mesh.transmissions.all()).hasSize(rows);
        }

        @Test
        @DisplayName("a certificate of an unknown CA: refused in the TLS handshake")
        void foreignCertificate() {
            var stranger = org.cpis.sft.mesh.testing.TestCertificates.create();
            MeshRequests foreign = new MeshRequests(mesh.address(), stranger.clientContext(stranger.client("X")),
                    mesh.clock);

            assertThatThrownBy(() -> foreign.send(foreign.signed("/messageexchange/" + LA_X, LA_X, PASSWORD_X)
                    .GET().build())).isInstanceOf(IOException.class);
        }

        @Test
        @DisplayName("a mailbox bound to its certificate refuses another certificate of the same CA: 403 CPIS-M008")
        void certificateBinding() throws IOException {
            HttpResponse<String> wrongCertificate = asX.send(asX.signed("/messageexchange/" + LA_Y, LA_Y, PASSWORD_Y)
                    .GET().build());
            HttpResponse<String> rightCertificate = asY.send(asY.signed("/messageexchange/" + LA_Y, LA_Y, PASSWORD_Y)
                    .GET().build());

            assertThat(wrongCertificate.statusCode()).isEqualTo(403);
            assertThat(json(wrongCertificate).path("errorDescription").asText()).contains("CPIS-M008");
            assertThat(rightCertificate.statusCode()).isEqualTo(200);
        }
    }

    @Nested
    @DisplayName("send")
    class Send {

        @Test
        @DisplayName("CP-IS004: a single send is 202 with the message id, and the post office holds it RECEIVED with the exact body")
        void singleSend() throws IOException {
            String upload = "<upload>" + "x".repeat(5000) + "</upload>";
            HttpResponse<String> v1 = asX.send(sendAsX(upload).header("mex-LocalID", "file-77")
                    .header("mex-Subject", "CP-IS upload, March; 2 of 3").header("mex-FileName", "upload77.xml")
                    .build());

            assertThat(v1.statusCode()).isEqualTo(202);
            String id = json(v1).path("messageID").asText();
            ExchangeMessage message = mesh.messages.find(id).orElseThrow();
            assertThat(message.state()).isEqualTo(MessageState.RECEIVED);
            assertThat(message.sender()).isEqualTo(MailboxId.of(LA_X));
            assertThat(message.recipient()).isEqualTo(SERVICE);
            assertThat(message.workflowId()).isEqualTo(UPLOAD);
            assertThat(message.localId()).isEqualTo("file-77");
            assertThat(message.subject()).isEqualTo("CP-IS upload, March; 2 of 3");
            assertThat(message.fileName()).isEqualTo("upload77.xml");
            assertThat(message.sizeBytes()).isEqualTo(upload.length());
            assertThat(stored(id)).isEqualTo(upload.getBytes(StandardCharsets.UTF_8));
            assertThat(mesh.transmissions.all()).anySatisfy(row -> {
                assertThat(row.messageId()).isEqualTo(id);
                assertThat(row.outcome()).isEqualTo("RECEIVED");
            });

            HttpResponse<String> v2 = asX.send(sendAsX("<upload/>").header("Accept", V2).build());
            assertThat(v2.statusCode()).isEqualTo(202);
            assertThat(json(v2).path("message_id").asText()).matches("[0-9]{17}_[0-9A-F]{6}");
        }

        @Test
        @DisplayName("a gzip body is stored decompressed")
        void gzipSend() throws IOException {
            byte[] plain = body(100_000);
            HttpResponse<String> response = asX.send(asX.signed("/messageexchange/" + LA_X + "/outbox", LA_X,
                    PASSWORD_X).header("mex-To", SERVICE.value()).header("mex-WorkflowID", UPLOAD)
                    .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(gzip(plain)))
                    .build());

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(stored(json(response).path("messageID").asText())).isEqualTo(plain);
        }

        @Test
        @DisplayName("chunked send (1:3 to the outbox, then /2 and /3, each gzip on its own): one RECEIVED message with the whole body")
        void chunkedSend() throws IOException {
            byte[] whole = body(300_000);
            byte[][] parts = {java.util.Arrays.copyOfRange(whole, 0, 120_000),
                java.util.Arrays.copyOfRange(whole, 120_000, 240_000),
                java.util.Arrays.copyOfRange(whole, 240_000, 300_000)};
            HttpResponse<String> first = asX.send(asX.signed("/messageexchange/" + LA_X + "/outbox", LA_X,
                    PASSWORD_X).header("mex-To", SERVICE.value()).header("mex-WorkflowID", UPLOAD)
                    .header("mex-Chunk-Range", "1:3").header("Content-Encoding", "gzip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(parts[0]))).build());
            assertThat(first.statusCode()).isEqualTo(202);
            String id = json(first).path("messageID").asText();
            assertThat(mesh.messages.find(id).orElseThrow().state()).isEqualTo(MessageState.UPLOADING);

            HttpResponse<String> third = chunk(id, 3, "3:3", gzip(parts[2]), "gzip");
            assertThat(third.statusCode()).isEqualTo(202);
            assertThat(json(third).path("blockID").asInt()).isEqualTo(3);
            assertThat(mesh.messages.find(id).orElseThrow().state()).isEqualTo(MessageState.UPLOADING);
            HttpResponse<String> second = chunk(id, 2, "2:3", gzip(parts[1]), "gzip");
            assertThat(second.statusCode()).isEqualTo(202);

            ExchangeMessage message = mesh.messages.find(id).orElseThrow();
            assertThat(message.state()).isEqualTo(MessageState.RECEIVED);
            assertThat(message.chunkCount()).isEqualTo(3);
            assertThat(message.sizeBytes()).isEqualTo(whole.length);
            assertThat(stored(id)).isEqualTo(whole);
            assertThat(mesh.bodies.exists(id + ".c1")).isFalse();
            assertThat(mesh.bodies.exists(id + ".c3")).isFalse();

            HttpResponse<String> late = chunk(id, 2, "2:3", gzip(parts[1]), "gzip");
            assertThat(late.statusCode()).isEqualTo(423);
            assertThat(json(late).path("errorDescription").asText()).contains("CPIS-M021");
        }

        HttpResponse<String> chunk(String id, int k, String range, byte[] bytes, String encoding) throws IOException {
            HttpRequest.Builder request = asX.signed("/messageexchange/" + LA_X + "/outbox/" + id + "/" + k, LA_X,
                    PASSWORD_X).header("mex-Chunk-Range", range).POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
            if (encoding != null) {
                request.header("Content-Encoding", encoding);
            }
            return asX.send(request.build());
        }

        String startChunked(int total) throws IOException {
            HttpResponse<String> first = asX.send(asX.signed("/messageexchange/" + LA_X + "/outbox", LA_X,
                    PASSWORD_X).header("mex-To", SERVICE.value()).header("mex-WorkflowID", UPLOAD)
                    .header("mex-Chunk-Range", "1:" + total).POST(HttpRequest.BodyPublishers.ofString("part one"))
                    .build());
            assertThat(first.statusCode()).isEqualTo(202);
            return json(first).path("messageID").asText();
        }

        @Test
        @DisplayName("chunk rules: a bad range 417, a chunk above the total 406, a changed Content-Encoding 417, another's message 404")
        void chunkRules() throws IOException {
            String id = startChunked(2);

            HttpResponse<String> badRange = chunk(id, 2, "3:2", "x".getBytes(), null);
            assertThat(badRange.statusCode()).isEqualTo(417);
            assertThat(json(badRange).path("errorCode").asText()).isEqualTo("InvalidHeaderChunks");
            HttpResponse<String> above = chunk(id, 3, "3:3", "x".getBytes(), null);
            assertThat(above.statusCode()).isEqualTo(406);
            HttpResponse<String> encoding = chunk(id, 2, "2:2", gzip("x".getBytes()), "gzip");
            assertThat(encoding.statusCode()).isEqualTo(417);
            assertThat(json(encoding).path("errorDescription").asText()).startsWith("cannot change content encoding");
            HttpResponse<String> other = asY.send(asY.signed("/messageexchange/" + LA_Y + "/outbox/" + id + "/2", LA_Y,
                    PASSWORD_Y).header("mex-Chunk-Range", "2:2").POST(HttpRequest.BodyPublishers.ofString("y"))
                    .build());
            assertThat(other.statusCode()).isEqualTo(404);
            assertThat(mesh.messages.find(id).orElseThrow().state()).isEqualTo(MessageState.UPLOADING);

            assertThat(chunk(id, 2, "2:2", " and two".getBytes(), null).statusCode()).isEqualTo(202);
            assertThat(stored(id)).isEqualTo("part one and two".getBytes());
        }

        @Test
        @DisplayName("the first POST must carry chunk 1: 417 InvalidHeaderChunks, nothing stored")
        void firstPostIsChunkOne() throws IOException {
            int before = mesh.messages.all().size();
            HttpResponse<String> response = asX.send(sendAsX("x").header("mex-Chunk-Range", "2:3").build());

            assertThat(response.statusCode()).isEqualTo(417);
            assertThat(json(response).path("errorCode").asText()).isEqualTo("InvalidHeaderChunks");
            assertThat(mesh.messages.all()).hasSize(before);
        }

        @Test
        @DisplayName("a chunk sent again with the same content is taken again; with other content refused")
        void chunkRetried() throws IOException {
            String id = startChunked(3);
            assertThat(chunk(id, 2, "2:3", "two".getBytes(), null).statusCode()).isEqualTo(202);

            assertThat(chunk(id, 2, "2:3", "two".getBytes(), null).statusCode()).isEqualTo(202);
            HttpResponse<String> different = chunk(id, 2, "2:3", "TWO".getBytes(), null);
            assertThat(different.statusCode()).isEqualTo(417);
            assertThat(json(different).path("errorDescription").asText()).contains("CPIS-M027");
        }

        /** A send refused with the status and MESH code; nothing stored. */
        JsonNode refused(HttpRequest request, int status, String meshCode, String code) throws IOException {
            int messages = mesh.messages.all().size();
            long files = mesh.storedFiles();
            HttpResponse<String> response = asX.send(request);

            assertThat(response.statusCode()).isEqualTo(status);
            JsonNode error = json(response);
            if (meshCode != null) {
                assertThat(error.path("errorCode").asText()).isEqualTo(meshCode);
            }
            assertThat(error.path("errorDescription").asText()).contains(code);
            assertThat(mesh.messages.all()).hasSize(messages);
            assertThat(mesh.storedFiles()).isEqualTo(files);
            return error;
        }

        @Test
        @DisplayName("a workflow id that is not the CP-IS upload: 417, code 17")
        void wrongWorkflow() throws IOException {
            JsonNode error = refused(asX.signed("/messageexchange/" + LA_X + "/outbox", LA_X, PASSWORD_X)
                    .header("mex-To", SERVICE.value()).header("mex-WorkflowID", "PATHOLOGY_RESULTS")
                    .POST(HttpRequest.BodyPublishers.ofString("<upload/>")).build(), 417, "17", "CPIS-M015");
            assertThat(error.path("errorEvent").asText()).isEqualTo("SEND");
            refused(asX.signed("/messageexchange/" + LA_X + "/outbox", LA_X, PASSWORD_X)
                    .header("mex-To", SERVICE.value()).POST(HttpRequest.BodyPublishers.ofString("<upload/>")).build(),
                    417, "17", "CPIS-M015");
        }

        @Test
        @DisplayName("no mex-To: 400, code 08 (TO_DTS missing)")
        void missingTo() throws IOException {
            JsonNode error = refused(asX.signed("/messageexchange/" + LA_X + "/outbox", LA_X, PASSWORD_X)
                    .header("mex-WorkflowID", UPLOAD).POST(HttpRequest.BodyPublishers.ofString("<upload/>")).build(),
                    400, "08", "CPIS-M012");
            assertThat(error.path("errorDescription").asText()).startsWith("TO_DTS missing");
        }

        @Test
        @DisplayName("CP-IS023: a Local Authority sends only to CP-IS: another LA's mailbox is 417, code 12")
        void toAnotherLocalAuthority() throws IOException {
            refused(asX.signed("/messageexchange/" + LA_X + "/outbox", LA_X, PASSWORD_X).header("mex-To", LA_Y)
                    .header("mex-WorkflowID", UPLOAD).POST(HttpRequest.BodyPublishers.ofString("<upload/>")).build(),
                    417, "12", "CPIS-M014");
        }

        @Test
        @DisplayName("a control character in a mex header: 400, TRANSFER 06; a URL in mex-To too")
        void controlCharacters() throws IOException {
            JsonNode error = refused(sendAsX("<upload/>").header("mex-Subject", "tab\there").build(), 400, "06",
                    "CPIS-M010");
            assertThat(error.path("errorEvent").asText()).isEqualTo("TRANSFER");
            refused(asX.signed("/messageexchange/" + LA_X + "/outbox", LA_X, PASSWORD_X)
                    .header("mex-To", "https://evil.example").header("mex-WorkflowID", UPLOAD)
                    .POST(HttpRequest.BodyPublishers.ofString("<upload/>")).build(), 400, "06", "CPIS-M010");
            refused(sendAsX("<upload/>").header("mex-LocalID", "L".repeat(301)).build(), 400, "06", "CPIS-M011");
        }

        @Test
        @DisplayName("mex-From other than the token's mailbox: 417, code 07")
        void wrongFrom() throws IOException {
            refused(asX.signed("/messageexchange/" + LA_X + "/outbox", LA_X, PASSWORD_X).header("mex-From", LA_Y)
                    .header("mex-To", SERVICE.value()).header("mex-WorkflowID", UPLOAD)
                    .POST(HttpRequest.BodyPublishers.ofString("<upload/>")).build(), 417, "07", "CPIS-M013");
        }

        @Test
        @DisplayName("an empty body: 417, code 02 (MissingDataFile); an empty gzip body too")
        void emptyBody() throws IOException {
            refused(sendAsX("").build(), 417, "02", "CPIS-M016");
            refused(asX.signed("/messageexchange/" + LA_X + "/outbox", LA_X, PASSWORD_X)
                    .header("mex-To", SERVICE.value()).header("mex-WorkflowID", UPLOAD)
                    .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(gzip(new byte[0])))
                    .build(), 417, "02", "CPIS-M016");
        }

        @Test
        @DisplayName("a body that says gzip but is not: 417 CPIS-M019; an unknown Content-Encoding: 422")
        void badEncodings() throws IOException {
            refused(asX.signed("/messageexchange/" + LA_X + "/outbox", LA_X, PASSWORD_X)
                    .header("mex-To", SERVICE.value()).header("mex-WorkflowID", UPLOAD)
                    .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofString("plain text"))
                    .build(), 417, "02", "CPIS-M019");
            refused(asX.signed("/messageexchange/" + LA_X + "/outbox", LA_X, PASSWORD_X)
                    .header("mex-To", SERVICE.value()).header("mex-WorkflowID", UPLOAD)
                    .header("Content-Encoding", "br").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                    422, "UnsupportedContentEncoding", "CPIS-M018");
        }

        @Test
        @DisplayName("a request over the size limit (as sent, or a gzip bomb decompressed): 413, nothing stored")
        void tooLarge() throws IOException {
            refused(sendAsX("x".repeat((int) MAX_REQUEST + 1)).build(), 413, "06", "CPIS-M017");
            byte[] bomb = gzip(new byte[(int) MeshDoorFixture.MAX_MESSAGE_BYTES + 1]);
            assertThat((long) bomb.length).isLessThan(MAX_REQUEST);
            refused(asX.signed("/messageexchange/" + LA_X + "/outbox", LA_X, PASSWORD_X)
                    .header("mex-To", SERVICE.value()).header("mex-WorkflowID", UPLOAD)
                    .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(bomb)).build(),
                    413, "06", "CPIS-M017");
        }

        @Test
        @DisplayName("headers are read whatever their case")
        void headerCase() throws IOException {
            HttpResponse<String> response = asX.send(asX.signed("/messageexchange/" + LA_X + "/outbox", LA_X,
                    PASSWORD_X).header("MEX-TO", SERVICE.value()).header("Mex-Workflowid", UPLOAD)
                    .header("mex-localid", "lower").POST(HttpRequest.BodyPublishers.ofString("<upload/>")).build());

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(mesh.messages.find(json(response).path("messageID").asText()).orElseThrow().localId())
                    .isEqualTo("lower");
        }

        @Test
        @DisplayName("tracking by message id: v1 and v2 shapes; another mailbox's message is 404")
        void tracking() throws IOException {
            HttpResponse<String> sent = asX.send(sendAsX("<upload/>").header("mex-LocalID", "track-me").build());
            String id = json(sent).path("messageID").asText();

            HttpResponse<String> v1 = asX.send(asX.signed("/messageexchange/" + LA_X + "/outbox/tracking?messageID="
                    + id, LA_X, PASSWORD_X).GET().build());
            HttpResponse<String> v2 = asX.send(asX.signed("/messageexchange/" + LA_X + "/outbox/tracking?messageID="
                    + id, LA_X, PASSWORD_X).header("Accept", V2).GET().build());
            HttpResponse<String> byOther = asY.send(asY.signed("/messageexchange/" + LA_Y
                    + "/outbox/tracking?messageID=" + id, LA_Y, PASSWORD_Y).GET().build());

            assertThat(v1.statusCode()).isEqualTo(200);
            assertThat(json(v1).path("messageId").asText()).isEqualTo(id);
            assertThat(json(v1).path("localId").asText()).isEqualTo("track-me");
            assertThat(json(v1).path("status").asText()).isEqualTo("accepted");
            assertThat(json(v1).path("statusSuccess").asText()).isEqualTo("SUCCESS");
            assertThat(json(v1).path("recipient").asText()).isEqualTo(SERVICE.value());
            assertThat(json(v2).path("message_id").asText()).isEqualTo(id);
            assertThat(json(v2).path("status").asText()).isEqualTo("accepted");
            assertThat(json(v2).path("status_success").asBoolean()).isTrue();
            assertThat(byOther.statusCode()).isEqualTo(404);

            mesh.messages.move(id, MessageState.RECEIVED, MessageState.PROCESSED, mesh.clock.instant(), null);
            HttpResponse<String> processed = asX.send(asX.signed("/messageexchange/" + LA_X
                    + "/outbox/tracking?messageID=" + id, LA_X, PASSWORD_X).header("Accept", V2).GET().build());
            assertThat(json(processed).path("status").asText()).isEqualTo("acknowledged");
        }
    }

    @Nested
    @DisplayName("inbox")
    class Inbox {

        @Test
        @DisplayName("list (v1 and v2), download with MESH's headers, acknowledge: the message leaves the inbox")
        void listDownloadAcknowledge() throws IOException {
            String ack = "<acknowledgement>ok</acknowledgement>";
            String id = mesh.post(LA_X, Workflows.DEFAULTS.acknowledgement(), ack.getBytes(StandardCharsets.UTF_8));

            HttpResponse<String> v1 = asX.send(asX.signed("/messageexchange/" + LA_X + "/inbox", LA_X, PASSWORD_X)
                    .GET().build());
            HttpResponse<String> v2 = asX.send(asX.signed("/messageexchange/" + LA_X + "/inbox", LA_X, PASSWORD_X)
                    .header("Accept", V2).GET().build());
            assertThat(json(v1).path("messages").toString()).contains(id);
            assertThat(json(v1).has("links")).isFalse();
            assertThat(json(v2).path("messages").toString()).contains(id);
            assertThat(json(v2).path("links").path("self").asText()).isEqualTo("/messageexchange/" + LA_X + "/inbox");
            assertThat(json(v2).path("approx_inbox_count").asInt()).isPositive();

            HttpResponse<String> download = asX.send(asX.signed("/messageexchange/" + LA_X + "/inbox/" + id, LA_X,
                    PASSWORD_X).GET().build());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(ack);
            java.net.http.HttpHeaders h = download.headers();
            assertThat(h.firstValue("mex-MessageID")).hasValue(id);
            assertThat(h.firstValue("mex-From")).hasValue(SERVICE.value());
            assertThat(h.firstValue("mex-To")).hasValue(LA_X);
            assertThat(h.firstValue("mex-WorkflowID")).hasValue(Workflows.DEFAULTS.acknowledgement());
            assertThat(h.firstValue("mex-MessageType")).hasValue("DATA");
            assertThat(h.firstValue("mex-LocalID")).hasValue("LOCAL-1");
            assertThat(h.firstValue("mex-Subject")).hasValue("CP-IS Acknowledgement");
            assertThat(h.firstValue("mex-FileName")).hasValue(id + ".xml");
            assertThat(h.firstValue("mex-Chunk-Range")).hasValue("1:1");
            assertThat(h.firstValue("mex-StatusCode")).hasValue("00");
            assertThat(h.firstValue("mex-StatusEvent")).hasValue("TRANSFER");
            assertThat(h.firstValue("mex-StatusSuccess")).hasValue("SUCCESS");
            assertThat(h.firstValue("mex-StatusTimestamp")).hasValue("20260301100000");
            assertThat(h.firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("application/octet-stream"));
            assertThat(mesh.transmissions.all()).anySatisfy(row -> {
                assertThat(row.direction()).isEqualTo(Transmission.Direction.OUT);
                assertThat(row.messageId()).isEqualTo(id);
                assertThat(row.outcome()).isEqualTo("DOWNLOADED 1:1");
            });

            HttpResponse<String> acknowledged = asX.send(asX.signed("/messageexchange/" + LA_X + "/inbox/" + id
                    + "/status/acknowledged", LA_X, PASSWORD_X).PUT(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(acknowledged.statusCode()).isEqualTo(200);
            assertThat(json(acknowledged).path("messageId").asText()).isEqualTo(id);
            assertThat(mesh.messages.find(id).orElseThrow().state()).isEqualTo(MessageState.ACKNOWLEDGED);
            HttpResponse<String> after = asX.send(asX.signed("/messageexchange/" + LA_X + "/inbox", LA_X, PASSWORD_X)
                    .GET().build());
            assertThat(json(after).path("messages").toString()).doesNotContain(id);

            HttpResponse<String> again = asX.send(asX.signed("/messageexchange/" + LA_X + "/inbox/" + id
                    + "/status/acknowledged", LA_X, PASSWORD_X).header("Accept", V2)
                    .PUT(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).isEmpty();
        }

        @Test
        @DisplayName("a body larger than the download chunk size: 206 with mex-Chunk-Range 1:n, then /2../n, the last 200")
        void chunkedDownload() throws IOException {
            byte[] large = body((int) (DOWNLOAD_CHUNK * 2 + 1000));
            String id = mesh.post(LA_X, Workflows.DEFAULTS.accessToService(), large);

            HttpResponse<byte[]> first = asX.sendForBytes(asX.signed("/messageexchange/" + LA_X + "/inbox/" + id,
                    LA_X, PASSWORD_X).GET().build());
            HttpResponse<byte[]> second = asX.sendForBytes(asX.signed("/messageexchange/" + LA_X + "/inbox/" + id
                    + "/2", LA_X, PASSWORD_X).GET().build());
            HttpResponse<byte[]> third = asX.sendForBytes(asX.signed("/messageexchange/" + LA_X + "/inbox/" + id
                    + "/3", LA_X, PASSWORD_X).GET().build());
            HttpResponse<String> fourth = asX.send(asX.signed("/messageexchange/" + LA_X + "/inbox/" + id + "/4", LA_X,
                    PASSWORD_X).GET().build());

            assertThat(first.statusCode()).isEqualTo(206);
            assertThat(first.headers().firstValue("mex-Chunk-Range")).hasValue("1:3");
            assertThat(second.statusCode()).isEqualTo(206);
            assertThat(second.headers().firstValue("mex-Chunk-Range")).hasValue("2:3");
            assertThat(third.statusCode()).isEqualTo(200);
            assertThat(third.headers().firstValue("mex-Chunk-Range")).hasValue("3:3");
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            joined.write(first.body());
            joined.write(second.body());
            joined.write(third.body());
            assertThat(first.body()).hasSize((int) DOWNLOAD_CHUNK);
            assertThat(joined.toByteArray()).isEqualTo(large);
            assertThat(fourth.statusCode()).isEqualTo(404);
        }

        @Test
        @DisplayName("HEAD gives the headers and no body")
        void head() throws IOException {
            String id = mesh.post(LA_X, Workflows.DEFAULTS.acknowledgement(), "<ack/>".getBytes());

            HttpResponse<String> head = asX.send(asX.signed("/messageexchange/" + LA_X + "/inbox/" + id, LA_X,
                    PASSWORD_X).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValue("mex-MessageID")).hasValue(id);
            assertThat(head.body()).isEmpty();
        }

        @Test
        @DisplayName("count: v1 with internalID and allResultsIncluded, v2 the count alone")
        void count() throws IOException {
            mesh.post(LA_X, Workflows.DEFAULTS.acknowledgement(), "<ack/>".getBytes());
            int waiting = mesh.messages.inboxCount(MailboxId.of(LA_X));

            JsonNode v1 = json(asX.send(asX.signed("/messageexchange/" + LA_X + "/count", LA_X, PASSWORD_X).GET()
                    .build()));
            JsonNode v2 = json(asX.send(asX.signed("/messageexchange/" + LA_X + "/count", LA_X, PASSWORD_X)
                    .header("Accept", V2).GET().build()));

            assertThat(v1.path("count").asInt()).isEqualTo(waiting);
            assertThat(v1.path("allResultsIncluded").asBoolean()).isTrue();
            assertThat(v1.path("internalID").asText()).isNotBlank();
            assertThat(v2.path("count").asInt()).isEqualTo(waiting);
            assertThat(v2.has("internalID")).isFalse();
        }

        @Test
        @DisplayName("max_results and workflow_filter pick the page; continue_from is refused (400)")
        void listingQuery() throws IOException {
            String notification = mesh.post(LA_X, Workflows.DEFAULTS.inactiveNhsNumbers(), "<n/>".getBytes());

            JsonNode filtered = json(asX.send(asX.signed("/messageexchange/" + LA_X
                    + "/inbox?workflow_filter=CPIS_INACTIVE*&max_results=10", LA_X, PASSWORD_X).header("Accept", V2)
                    .GET().build()));
            JsonNode excluded = json(asX.send(asX.signed("/messageexchange/" + LA_X
                    + "/inbox?workflow_filter=!CPIS_INACTIVE*", LA_X, PASSWORD_X).GET().build()));
            HttpResponse<String> tooSmall = asX.send(asX.signed("/messageexchange/" + LA_X + "/inbox?max_results=5",
                    LA_X, PASSWORD_X).GET().build());
            HttpResponse<String> continued = asX.send(asX.signed("/messageexchange/" + LA_X
                    + "/inbox?continue_from=abcdefghijklmnopqrstuvwxyz", LA_X, PASSWORD_X).GET().build());

            assertThat(filtered.path("messages").toString()).contains(notification);
            filtered.path("messages").forEach(m -> assertThat(mesh.messages.find(m.asText()).orElseThrow()
                    .workflowId()).isEqualTo(Workflows.DEFAULTS.inactiveNhsNumbers()));
            assertThat(filtered.path("links").path("self").asText())
                    .isEqualTo("/messageexchange/" + LA_X + "/inbox?max_results=10&workflow_filter=CPIS_INACTIVE*");
            assertThat(excluded.path("messages").toString()).doesNotContain(notification);
            assertThat(tooSmall.statusCode()).isEqualTo(400);
            assertThat(continued.statusCode()).isEqualTo(400);
            assertThat(json(continued).path("errorDescription").asText()).contains("continue_from");
        }

        @Test
        @DisplayName("CP-IS023: LA Y cannot list, download, HEAD or acknowledge LA X's message: 404, and it stays READY")
        void mailboxIsolation() throws IOException {
            String id = mesh.post(LA_X, Workflows.DEFAULTS.acknowledgement(), "<secret-for-X/>".getBytes());

            JsonNode list = json(asY.send(asY.signed("/messageexchange/" + LA_Y + "/inbox", LA_Y, PASSWORD_Y).GET()
                    .build()));
            HttpResponse<String> download = asY.send(asY.signed("/messageexchange/" + LA_Y + "/inbox/" + id, LA_Y,
                    PASSWORD_Y).GET().build());
            HttpResponse<String> head = asY.send(asY.signed("/messageexchange/" + LA_Y + "/inbox/" + id, LA_Y,
                    PASSWORD_Y).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            HttpResponse<String> acknowledge = asY.send(asY.signed("/messageexchange/" + LA_Y + "/inbox/" + id
                    + "/status/acknowledged", LA_Y, PASSWORD_Y).PUT(HttpRequest.BodyPublishers.noBody()).build());
            HttpResponse<String> throughXsPath = asY.send(asY.signed("/messageexchange/" + LA_X + "/inbox/" + id, LA_Y,
                    PASSWORD_Y).GET().build());

            assertThat(list.path("messages").toString()).doesNotContain(id);
            assertThat(download.statusCode()).isEqualTo(404);
            assertThat(download.body()).doesNotContain("secret");
            assertThat(json(download).path("errorCode").asText()).isEqualTo("20");
            assertThat(head.statusCode()).isEqualTo(404);
            assertThat(acknowledge.statusCode()).isEqualTo(404);
            assertThat(throughXsPath.statusCode()).isEqualTo(403);
            assertThat(mesh.messages.find(id).orElseThrow().state()).isEqualTo(MessageState.READY);
        }

        @Test
        @DisplayName("an unexpected failure (a stored body gone missing): 500 with a reference, never a stack trace")
        void internalError() throws IOException {
            String id = mesh.post(LA_X, Workflows.DEFAULTS.acknowledgement(), "<ack/>".getBytes());
            mesh.bodies.delete(id);

            HttpResponse<String> v1 = asX.send(asX.signed("/messageexchange/" + LA_X + "/inbox/" + id, LA_X,
                    PASSWORD_X).GET().build());
            HttpResponse<String> v2 = asX.send(asX.signed("/messageexchange/" + LA_X + "/inbox/" + id, LA_X,
                    PASSWORD_X).header("Accept", V2).GET().build());

            assertThat(v1.statusCode()).isEqualTo(500);
            assertThat(json(v1).path("errorDescription").asText())
                    .startsWith("An internal error occurred. Please contact support. (CPIS-M029): quote reference ");
            assertThat(v1.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("stored body");
            assertThat(v2.statusCode()).isEqualTo(500);
            assertThat(json(v2).path("detail").get(0).path("msg").asText())
                    .endsWith(json(v2).path("internal_id").asText());
        }

        @Test
        @DisplayName("an expired message: 410 Gone")
        void expired() throws IOException {
            String id = mesh.post(LA_X, Workflows.DEFAULTS.acknowledgement(), "<ack/>".getBytes());
            mesh.messages.move(id, MessageState.READY, MessageState.EXPIRED, mesh.clock.instant(), "not collected");

            HttpResponse<String> response = asX.send(asX.signed("/messageexchange/" + LA_X + "/inbox/" + id, LA_X,
                    PASSWORD_X).GET().build());

            assertThat(response.statusCode()).isEqualTo(410);
            assertThat(json(response).path("errorDescription").asText()).contains("CPIS-M025");
        }
    }

    @Nested
    @DisplayName("endpoint lookup")
    class Lookup {

        @Test
        @DisplayName("the upload workflow is received by the CP-IS mailbox; the acknowledgement workflow by the LA's; others by nobody")
        void lookup() throws IOException {
            JsonNode upload = json(asX.send(asX.unsigned("/messageexchange/endpointlookup/X26/" + UPLOAD)
                    .header("Accept", V2).GET().build()));
            JsonNode uploadV1 = json(asX.send(asX.unsigned("/messageexchange/endpointlookup/X26/" + UPLOAD).GET()
                    .build()));
            JsonNode ack = json(asX.send(asX.unsigned("/messageexchange/endpointlookup/Y05/"
                    + Workflows.DEFAULTS.acknowledgement()).header("Accept", V2).GET().build()));
            JsonNode other = json(asX.send(asX.unsigned("/messageexchange/endpointlookup/X09/SOMETHING_ELSE")
                    .header("Accept", V2).GET().build()));

            assertThat(upload.path("results").get(0).path("mailbox_id").asText()).isEqualTo(SERVICE.value());
            assertThat(uploadV1.path("results").get(0).path("address").asText()).isEqualTo(SERVICE.value());
            assertThat(uploadV1.path("results").get(0).path("endpoint_type").asText()).isEqualTo("MESH");
            assertThat(ack.path("results").get(0).path("mailbox_id").asText()).isEqualTo(LA_Y);
            assertThat(other.path("results")).isEmpty();
        }
    }
}
