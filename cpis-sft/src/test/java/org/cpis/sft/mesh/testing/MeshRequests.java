package org.cpis.sft.mesh.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.cpis.sft.mesh.client.MeshToken;

/**
 * Raw MESH API requests for protocol-level tests: the JDK HTTP client, a token made with {@link MeshToken} (or
 * none, or one given), every header as the test wants it.
 */
public final class MeshRequests {

    private final URI base;
    private final HttpClient http;
    private final Clock clock;

    public MeshRequests(URI base, SSLContext tls, Clock clock) {
        this.base = base;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A request with no Authorization header. */
    public HttpRequest.Builder unsigned(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    /** A request with a fresh, valid token for the mailbox. */
    public HttpRequest.Builder signed(String path, String mailbox, String password) {
        return withToken(path, token(mailbox, password, UUID.randomUUID().toString(), 0));
    }

    public HttpRequest.Builder withToken(String path, MeshToken token) {
        return unsigned(path).header("Authorization", token.header());
    }

    public MeshToken token(String mailbox, String password, String nonce, long count) {
        return MeshToken.create(mailbox, password, MeshDoorFixture.SHARED_SECRET, nonce, count, clock.instant());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    public HttpResponse<byte[]> sendForBytes(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
