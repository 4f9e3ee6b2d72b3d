package org.cpis.sft.la.settings;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How the LA client reaches a MESH API (the CP-IS service's MESH door, or NHS MESH) when {@code transport=mesh-api}:
 * the address, the mailbox's credentials and the TLS keys, read from the LA settings file ({@code mesh.*} keys; see
 * docs/LA-CLIENT.md). The mailbox id itself is {@link MeshAddresses#ownMailbox()}.
 *
 * @param baseUrl            the server, e.g. {@code https://cpis.example.org:8444} (the client adds
 *                           {@code /messageexchange/...}); {@code http://} only to this computer (a demo door)
 * @param password           the mailbox password (only used inside the token's HMAC, never sent)
 * @param sharedSecret       the environment shared secret keying the token's HMAC
 * @param keystore           the LA's client certificate and key (PKCS#12), or {@code null} over plain HTTP
 * @param keystorePassword   its password, or {@code null}
 * @param trustStore         the CA certificates to trust for the server's certificate: a PEM file or a PKCS#12
 *                           trust store; {@code null} for Java's own trusted CAs
 * @param trustStorePassword the PKCS#12 trust store's password, or {@code null} (PEM, or none)
 * @param chunkBytes         files larger than this go in chunks of this many bytes
 * @param compress           whether files are sent gzip-compressed
 */
public record MeshApiSettings(URI baseUrl, String password, String sharedSecret, Path keystore,
                              String keystorePassword, Path trustStore, String trustStorePassword, long chunkBytes,
                              boolean compress) {

    /** 20 MiB, the CP-IS door's download chunk size; far above any upload file the client builds. */
    public static final long DEFAULT_CHUNK_BYTES = 20L * 1024 * 1024;

    public MeshApiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(sharedSecret, "sharedSecret");
        if (chunkBytes < 1) {
            throw new IllegalArgumentException("a chunk holds at least one byte");
        }
    }

    /** Whether the connection is plain HTTP (a local demo door), so without certificates. */
    public boolean plainHttp() {
        return "http".equalsIgnoreCase(baseUrl.getScheme());
    }

    @Override
    public String toString() {
        return "MeshApiSettings[" + baseUrl + ", keystore " + keystore + ", trust store " + trustStore + "]";
    }
}
