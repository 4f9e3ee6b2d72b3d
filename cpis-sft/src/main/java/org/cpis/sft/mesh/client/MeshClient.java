package org.cpis.sft.mesh.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLContext;

/**
 * A client of the MESH API for one mailbox (the Local Authority's side of CP-IS file exchange, and a real MESH's
 * too): handshake, send (streamed, in chunks above the chunk size, optionally gzip-compressed chunk by chunk),
 * inbox, count, HEAD, download (following chunks), acknowledge, tracking and endpoint lookup. Every request carries
 * a fresh {@link MeshToken}; mutual TLS comes from the {@link SSLContext} it is given. The server's refusals are
 * {@link MeshException}s with the HTTP status and MESH's error code and description. Thread-safe.
 */
public final class MeshClient {

    private static final String ACCEPT_V2 = "application/vnd.mesh.v2+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUrl;
    private final String mailbox;
    private final String password;
    private final String sharedSecret;
    private final Clock clock;
    private final long chunkBytes;
    private final boolean gzip;
    private final Duration timeout;
    private final String clientVersion;
    private final HttpClient http;
    private final String nonce = UUID.randomUUID().toString();
    private final AtomicLong nonceCount = new AtomicLong();

    private MeshClient(Builder b) {
        this.baseUrl = URI.create(b.baseUrl.toString().replaceAll("/+$", ""));
        this.mailbox = b.mailbox;
        this.password = b.password;
        this.sharedSecret = b.sharedSecret;
        this.clock = b.clock;
        this.chunkBytes = b.chunkBytes;
        this.gzip = b.gzip;
        this.timeout = b.timeout;
        this.clientVersion = b.clientVersion;
        HttpClient.Builder http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(b.timeout);
        if (b.sslContext != null) {
            http.sslContext(b.sslContext);
        }
        this.http = http.build();
    }

    /**
     * @param baseUrl      the server, e.g. {@code https://mesh-sync.spineservices.nhs.uk} or the CP-IS door's
     *                     address
     * @param mailbox      the mailbox id, upper case
     * @param password     the mailbox password
     * @param sharedSecret the environment shared secret
     */
    public static Builder builder(URI baseUrl, String mailbox, String password, String sharedSecret) {
        return new Builder(baseUrl, mailbox, password, sharedSecret);
    }

    /** Settings of a client; the defaults are MESH's (75 MiB chunks as the NHS Python client, no compression). */
    public static final class Builder {

        private final URI baseUrl;
        private final String mailbox;
        private final String password;
        private final String sharedSecret;
        private SSLContext sslContext;
        private Clock clock = Clock.systemUTC();
        private long chunkBytes = 75L * 1024 * 1024;
        private boolean gzip;
        private Duration timeout = Duration.ofMinutes(10);
        private String clientVersion = "cpis-mesh-client==1.0";

        private Builder(URI baseUrl, String mailbox, String password, String sharedSecret) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            this.mailbox = Objects.requireNonNull(mailbox, "mailbox");
            this.password = Objects.requireNonNull(password, "password");
            this.sharedSecret = Objects.requireNonNull(sharedSecret, "sharedSecret");
        }

        /** The TLS context: the client certificate and key, and the server's CA. */
        public Builder sslContext(SSLContext context) {
            this.sslContext = context;
            return this;
        }

        /** The clock the tokens' timestamps come from. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        /** Bodies larger than this are sent in chunks of this many (uncompressed) bytes. */
        public Builder chunkBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("a chunk holds at least one byte");
            }
            this.chunkBytes = bytes;
            return this;
        }

        /** Whether to send bodies gzip-compressed ({@code Content-Encoding: gzip}, each chunk on its own). */
        public Builder gzip(boolean on) {
            this.gzip = on;
            return this;
        }

        public Builder timeout(Duration value) {
            this.timeout = Objects.requireNonNull(value);
            return this;
        }

        /** The {@code mex-ClientVersion} of the handshake, e.g. {@code cpis-la-client==1.2}. */
        public Builder clientVersion(String value) {
            this.clientVersion = Objects.requireNonNull(value);
            return this;
        }

        public MeshClient build() {
            return new MeshClient(this);
        }
    }

    /** Validates the mailbox (MESH asks for it once a day) and tells the server who the client is. */
    public void handshake() throws IOException {
        HttpRequest request = request(mailboxUri(""))
                .header("mex-ClientVersion", clientVersion)
                .header("mex-OSName", System.getProperty("os.name", "unknown"))
                .header("mex-OSVersion", System.getProperty("os.version", "unknown"))
                .header("mex-OSArchitecture", System.getProperty("os.arch", "unknown"))
                .header("mex-JavaVersion", System.getProperty("java.version", "unknown"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        expect("handshake", send(request, HttpResponse.BodyHandlers.ofByteArray()), 200);
    }

    /** Sends a file; returns the message id the server gave it. */
    public String send(MeshOutgoing message, Path file) throws IOException {
        long size = Files.size(file);
        try (InputStream body = Files.newInputStream(file)) {
            return send(message.fileName() == null ? message.withFileName(file.getFileName().toString()) : message,
                    body, size);
        }
    }

    /**
     * Sends {@code sizeBytes} bytes read from {@code body}, in chunks of the chunk size when it is larger; returns
     * the message id. The stream is read once, chunk after chunk, and is not closed.
     */
    public String send(MeshOutgoing message, InputStream body, long sizeBytes) throws IOException {
        if (sizeBytes < 1) {
            throw new IllegalArgumentException("MESH sends no empty message");
        }
        int total = (int) Math.max(1, (sizeBytes + chunkBytes - 1) / chunkBytes);
        HttpRequest.Builder first = request(mailboxUri("/outbox"))
                .header("Content-Type", "application/octet-stream")
                .header("mex-From", mailbox)
                .header("mex-To", message.to())
                .header("mex-WorkflowID", message.workflowId())
                .header("mex-Chunk-Range", "1:" + total);
        optional(first, "mex-Subject", message.subject());
        optional(first, "mex-LocalID", message.localId());
        optional(first, "mex-FileName", message.fileName());
        String messageId = sent(first, body, Math.min(chunkBytes, sizeBytes), "send");
        for (int k = 2; k <= total; k++) {
            long length = Math.min(chunkBytes, sizeBytes - (k - 1) * chunkBytes);
            HttpRequest.Builder chunk = request(mailboxUri("/outbox/" + encode(messageId) + "/" + k))
                    .header("Content-Type", "application/octet-stream")
                    .header("mex-Chunk-Range", k + ":" + total);
            sent(chunk, body, length, "send chunk " + k);
        }
        return messageId;
    }

    private String sent(HttpRequest.Builder request, InputStream source, long length, String call)
            throws IOException {
        HttpRequest.BodyPublisher publisher;
        if (gzip) {
            request.header("Content-Encoding", "gzip");
            publisher = HttpRequest.BodyPublishers.ofInputStream(
                    () -> ChunkStreams.gzip(ChunkStreams.slice(source, length)));
        } else {
            publisher = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                    () -> ChunkStreams.slice(source, length)), length);
        }
        HttpResponse<byte[]> response = send(request.POST(publisher).build(), HttpResponse.BodyHandlers.ofByteArray());
        expect(call, response, 202);
        JsonNode answer = json(response.body());
        String id = text(answer, "message_id");
        return id != null ? id : text(answer, "messageID");
    }

    /** The ids of the messages waiting in the inbox, oldest first (following {@code links.next} if given). */
    public List<String> inbox() throws IOException {
        return inbox(null);
    }

    /** The waiting messages of the workflows {@code workflowFilter} picks (MESH's filter syntax). */
    public List<String> inbox(String workflowFilter) throws IOException {
        List<String> ids = new ArrayList<>();
        URI next = mailboxUri("/inbox" + (workflowFilter == null ? "" : "?workflow_filter=" + encode(workflowFilter)));
        while (next != null) {
            HttpResponse<byte[]> response = send(request(next).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            expect("inbox", response, 200);
            JsonNode page = json(response.body());
            page.path("messages").forEach(id -> ids.add(id.asText()));
            String link = text(page.path("links"), "next");
            next = link == null ? null : baseUrl.resolve(link);
        }
        return ids;
    }

    /** How many messages wait in the inbox. */
    public int count() throws IOException {
        HttpResponse<byte[]> response = send(request(mailboxUri("/count")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        expect("count", response, 200);
        return json(response.body()).path("count").asInt();
    }

    /** The headers of a message in the inbox, without its body. */
    public MeshMessageInfo head(String messageId) throws IOException {
        HttpRequest request = request(mailboxUri("/inbox/" + encode(messageId)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<Void> response = send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new MeshException("head", response.statusCode(), null, null, null);
        }
        return info(response.headers());
    }

    /** Downloads a message's body, every chunk of it, to {@code out}; returns what its headers say. */
    public MeshMessageInfo download(String messageId, OutputStream out) throws IOException {
        MeshMessageInfo info = downloadChunk(messageId, 1, out);
        for (int k = 2; k <= info.chunks(); k++) {
            downloadChunk(messageId, k, out);
        }
        return info;
    }

    /** Downloads a message's body to {@code file} (written beside it first, then moved into place). */
    public MeshMessageInfo download(String messageId, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, file.getFileName().toString(), ".part");
        try {
            MeshMessageInfo info;
            try (OutputStream out = Files.newOutputStream(temp)) {
                info = download(messageId, out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return info;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private MeshMessageInfo downloadChunk(String messageId, int chunk, OutputStream out) throws IOException {
        URI uri = mailboxUri("/inbox/" + encode(messageId) + (chunk == 1 ? "" : "/" + chunk));
        HttpResponse<InputStream> response = send(request(uri).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200 && response.statusCode() != 206) {
                throw refusal("download", response.statusCode(), body.readAllBytes());
            }
            boolean gzipped = response.headers().firstValue("Content-Encoding")
                    .map(v -> v.equalsIgnoreCase("gzip")).orElse(false);
            (gzipped ? new GZIPInputStream(body) : body).transferTo(out);
        }
        return info(response.headers());
    }

    /** Tells the server the message was received: it leaves the inbox. */
    public void acknowledge(String messageId) throws IOException {
        HttpRequest request = request(mailboxUri("/inbox/" + encode(messageId) + "/status/acknowledged"))
                .PUT(HttpRequest.BodyPublishers.noBody()).build();
        expect("acknowledge", send(request, HttpResponse.BodyHandlers.ofByteArray()), 200);
    }

    /** Where a message this mailbox sent has got to. */
    public MeshTrackingInfo track(String messageId) throws IOException {
        HttpResponse<byte[]> response = send(request(mailboxUri("/outbox/tracking?messageID=" + encode(messageId)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        expect("tracking", response, 200);
        JsonNode t = json(response.body());
        return new MeshTrackingInfo(text(t, "message_id"), text(t, "local_id"), text(t, "workflow_id"),
                text(t, "filename"), text(t, "recipient"), text(t, "status"), t.path("status_success").asBoolean(),
                text(t, "status_event"), text(t, "status_code"), text(t, "status_description"),
                text(t, "upload_timestamp"), text(t, "status_timestamp"));
    }

    /** The mailboxes that receive {@code workflowId} for the organisation {@code odsCode}. */
    public List<String> lookup(String odsCode, String workflowId) throws IOException {
        URI uri = URI.create(baseUrl + "/messageexchange/endpointlookup/" + encode(odsCode) + "/"
                + encode(workflowId));
        HttpResponse<byte[]> response = send(request(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        expect("endpoint lookup", response, 200);
        List<String> mailboxes = new ArrayList<>();
        json(response.body()).path("results").forEach(r -> mailboxes.add(r.path("mailbox_id").asText()));
        return mailboxes;
    }

    private HttpRequest.Builder request(URI uri) {
        MeshToken token = MeshToken.create(mailbox, password, sharedSecret, nonce, nonceCount.getAndIncrement(),
                clock.instant());
        return HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", token.header())
                .header("Accept", ACCEPT_V2)
                .header("User-Agent", clientVersion);
    }

    private URI mailboxUri(String rest) {
        return URI.create(baseUrl + "/messageexchange/" + encode(mailbox) + rest);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return http.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for MESH");
        }
    }

    private static void expect(String call, HttpResponse<byte[]> response, int status) throws MeshException {
        if (response.statusCode() != status) {
            throw refusal(call, response.statusCode(), response.body());
        }
    }

    /**
     * Reads MESH's error body in either version: v1 {@code errorEvent/errorCode/errorDescription}, v2
     * {@code detail[0]}.
     */
    private static MeshException refusal(String call, int status, byte[] body) {
        try {
            JsonNode error = JSON.readTree(body);
            if (error != null && error.has("detail") && error.path("detail").isArray()
                    && !error.path("detail").isEmpty()) {
                JsonNode detail = error.path("detail").get(0);
                return new MeshException(call, status, text(detail, "event"), text(detail, "code"),
                        text(detail, "msg"));
            }
            if (error != null && error.isObject()) {
                return new MeshException(call, status, text(error, "errorEvent"), text(error, "errorCode"),
                        text(error, "errorDescription"));
            }
        } catch (IOException notJson) {
            // fall through: the body is not MESH's error shape
        }
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).strip();
        return new MeshException(call, status, null, null, text.isEmpty() ? null
                : text.substring(0, Math.min(200, text.length())));
    }

    private static MeshMessageInfo info(HttpHeaders headers) {
        Map<String, String> mex = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.map().forEach((name, values) -> {
            if (name.toLowerCase(java.util.Locale.ROOT).startsWith("mex-") && !values.isEmpty()) {
                mex.put(name, values.get(0));
            }
        });
        int chunks = 1;
        String range = mex.get("mex-Chunk-Range");
        if (range != null && range.contains(":")) {
            try {
                chunks = Integer.parseInt(range.substring(range.indexOf(':') + 1).strip());
            } catch (NumberFormatException e) {
                chunks = 1;
            }
        }
        return new MeshMessageInfo(mex, chunks);
    }

    private static void optional(HttpRequest.Builder request, String header, String value) {
        if (value != null && !value.isBlank()) {
            request.header(header, value);
        }
    }

    private static JsonNode json(byte[] body) throws IOException {
        return body == null || body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String encode(String pathPart) {
        return URLEncoder.encode(pathPart, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
