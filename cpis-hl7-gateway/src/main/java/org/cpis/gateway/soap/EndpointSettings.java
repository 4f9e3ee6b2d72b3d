package org.cpis.gateway.soap;

import java.util.Objects;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;
import org.cpis.core.model.Asid;

/**
 * Where and how the NHS Query endpoint listens.
 *
 * @param bindHost        the address to listen on: {@code 0.0.0.0} (every interface) for mutual TLS, the loopback
 *                        address for the plain-HTTP demo
 * @param port            the port; 0 picks a free one at start
 * @param path            the path of the endpoint, e.g. {@code /cpisquery}
 * @param transport       mutual TLS, or plain HTTP for a local demo
 * @param maxRequestBytes the largest request body taken; a larger one is answered with a fault (CPIS-S005)
 * @param serviceAsid     the ASID CP-IS answers from when a request does not name the one it addressed
 */
public record EndpointSettings(String bindHost, int port, String path, Transport transport, long maxRequestBytes,
                               String serviceAsid) {

    public static final String DEFAULT_PATH = "/cpisquery";
    public static final int DEFAULT_PORT = 8443;
    /** 1 MiB: an NHS Query is a few kilobytes. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    /** The ASID CP-IS answers from when the request does not say (it then breaks the schema and is told so). */
    public static final String DEFAULT_SERVICE_ASID = "000000000000";

    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

    public EndpointSettings {
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(transport, "transport");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a port number; use 1 to 65535, or 0");
        }
        if (!isPath(path)) {
            throw new IllegalArgumentException("'" + path + "' is not an endpoint path; use / and then letters,"
                    + " digits, '.', '_', '~' or '-', e.g. " + DEFAULT_PATH);
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("the largest request must be at least 1024 bytes");
        }
        Asid.of(serviceAsid);
    }

    /** HTTPS on every interface, client certificates required. */
    public static EndpointSettings mutualTls(int port, String path, KeyManager[] keyManagers, TrustManager[] trustManagers) {
        return new EndpointSettings("0.0.0.0", port, path, new Transport.MutualTls(keyManagers, trustManagers),
                DEFAULT_MAX_REQUEST_BYTES, DEFAULT_SERVICE_ASID);
    }

    /** Plain HTTP on the loopback address only: a local demo, never a service. */
    public static EndpointSettings plainHttpForDemo(int port, String path) {
        return new EndpointSettings("127.0.0.1", port, path, new Transport.PlainHttp(), DEFAULT_MAX_REQUEST_BYTES,
                DEFAULT_SERVICE_ASID);
    }

    public EndpointSettings withMaxRequestBytes(long bytes) {
        return new EndpointSettings(bindHost, port, path, transport, bytes, serviceAsid);
    }

    /** Whether a text is a path the endpoint can listen at: {@code /} and segments of URL-safe characters. */
    public static boolean isPath(String path) {
        return path != null && PATH.matcher(path).matches();
    }

    /** How the endpoint is reached. */
    public sealed interface Transport {

        String scheme();

        /** HTTPS; the TLS handshake requires a client certificate the trust managers accept (CP-NHS018). */
        record MutualTls(KeyManager[] keyManagers, TrustManager[] trustManagers) implements Transport {

            public MutualTls {
                Objects.requireNonNull(keyManagers, "keyManagers");
                Objects.requireNonNull(trustManagers, "trustManagers");
                keyManagers = keyManagers.clone();
                trustManagers = trustManagers.clone();
            }

            @Override
            public String scheme() {
                return "https";
            }
        }

        /** Plain HTTP, for a local demo only: no client certificate, see {@link ClaimedSystemCertificate}. */
        record PlainHttp() implements Transport {

            @Override
            public String scheme() {
                return "http";
            }
        }
    }
}
