package org.cpis.sft.mesh;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;

/**
 * Where and how the MESH door listens, and the limits it keeps.
 *
 * @param bindHost           the address to listen on: {@code 0.0.0.0} for mutual TLS, a loopback address for the
 *                           plain-HTTP demo (any other address is refused for plain HTTP)
 * @param port               the port; 0 picks a free one at start
 * @param transport          mutual TLS, or plain HTTP for a local demo
 * @param sharedSecret       the environment shared secret that keys every token's HMAC (MESH's "AuthenticationKey")
 * @param maxRequestBytes    the largest body of one request as sent (a whole message or one chunk); MESH's own limit
 *                           is 100 MB. The whole message, decompressed and assembled, is limited by the post office
 * @param downloadChunkBytes bodies larger than this are downloaded in chunks of this size (206, then {@code /2..n})
 * @param authClockSkew      how far a token's timestamp may be from the server's clock (MESH: 2 hours)
 * @param replayCacheSize    how many used tokens are remembered to refuse a second use (the oldest are forgotten
 *                           first when it is full)
 */
public record MeshDoorSettings(String bindHost, int port, Transport transport, String sharedSecret,
                               long maxRequestBytes, long downloadChunkBytes, Duration authClockSkew,
                               int replayCacheSize) {

    public static final int DEFAULT_PORT = 8444;
    /** 100 MiB: MESH's largest single request. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 100L * 1024 * 1024;
    /** 20 MiB: chunks of a download, well under MESH's internet limit per request. */
    public static final long DEFAULT_DOWNLOAD_CHUNK_BYTES = 20L * 1024 * 1024;
    public static final Duration DEFAULT_AUTH_CLOCK_SKEW = Duration.ofHours(2);
    public static final int DEFAULT_REPLAY_CACHE_SIZE = 200_000;

    public MeshDoorSettings {
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(authClockSkew, "authClockSkew");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a port number; use 1 to 65535, or 0");
        }
        if (sharedSecret == null || sharedSecret.isEmpty()) {
            throw new IllegalArgumentException("the MESH door needs the environment shared secret that keys the"
                    + " authorisation tokens");
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("the largest request must be at least 1024 bytes");
        }
        if (downloadChunkBytes < 1024) {
            throw new IllegalArgumentException("download chunks must be at least 1024 bytes");
        }
        if (authClockSkew.isNegative() || authClockSkew.isZero()) {
            throw new IllegalArgumentException("the token clock skew must be positive (MESH: 2 hours)");
        }
        if (replayCacheSize < 1000) {
            throw new IllegalArgumentException("the replay cache must hold at least 1000 tokens");
        }
        if (transport instanceof Transport.PlainHttp && !isLoopback(bindHost)) {
            throw new IllegalArgumentException("plain HTTP is for a local demo only: bind it to 127.0.0.1, not "
                    + bindHost + "; anything else needs mutual TLS");
        }
    }

    /** HTTPS on every interface, client certificates required; the MESH defaults for everything else. */
    public static MeshDoorSettings mutualTls(int port, KeyManager[] keyManagers, TrustManager[] trustManagers,
                                             String sharedSecret) {
        return new MeshDoorSettings("0.0.0.0", port, new Transport.MutualTls(keyManagers, trustManagers),
                sharedSecret, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_DOWNLOAD_CHUNK_BYTES, DEFAULT_AUTH_CLOCK_SKEW,
                DEFAULT_REPLAY_CACHE_SIZE);
    }

    /** Plain HTTP on the loopback address only: a local demo, never a service. */
    public static MeshDoorSettings plainHttpForDemo(int port, String sharedSecret) {
        return new MeshDoorSettings("127.0.0.1", port, new Transport.PlainHttp(), sharedSecret,
                DEFAULT_MAX_REQUEST_BYTES, DEFAULT_DOWNLOAD_CHUNK_BYTES, DEFAULT_AUTH_CLOCK_SKEW,
                DEFAULT_REPLAY_CACHE_SIZE);
    }

    public MeshDoorSettings withLimits(long maxRequest, long downloadChunk) {
        return new MeshDoorSettings(bindHost, port, transport, sharedSecret, maxRequest, downloadChunk, authClockSkew,
                replayCacheSize);
    }

    public MeshDoorSettings withBindHost(String host) {
        return new MeshDoorSettings(host, port, transport, sharedSecret, maxRequestBytes, downloadChunkBytes,
                authClockSkew, replayCacheSize);
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** How the door is reached. */
    public sealed interface Transport {

        String scheme();

        /** HTTPS; the TLS handshake requires a client certificate the trust managers accept. */
        record MutualTls(KeyManager[] keyManagers, TrustManager[] trustManagers) implements Transport {

            public MutualTls {
                Objects.requireNonNull(keyManagers, "keyManagers");
                Objects.requireNonNull(trustManagers, "trustManagers");
                keyManagers = keyManagers.clone();
                trustManagers = trustManagers.clone();
            }

            @Override
            public KeyManager[] keyManagers() {
                return keyManagers.clone();
            }

            @Override
            public TrustManager[] trustManagers() {
                return trustManagers.clone();
            }

            @Override
            public String scheme() {
                return "https";
            }
        }

        /** Plain HTTP, for a local demo on the loopback address only: no client certificate to check. */
        record PlainHttp() implements Transport {

            @Override
            public String scheme() {
                return "http";
            }
        }
    }
}
