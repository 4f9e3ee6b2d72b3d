package org.cpis.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.configuration.jsse.TLSServerParameters;
import org.apache.cxf.configuration.security.ClientAuthentication;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngine;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;

/**
 * The echo endpoint, running: {@link EchoProvider} on a CXF bus of its own, on the same Jetty transport and with
 * the same mutual TLS (client certificates required) as the NHS Query endpoint, on a free port of this machine.
 */
public final class EchoEndpoint implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final String PATH = "/bench-echo";

    private final Bus bus;
    private final EndpointImpl endpoint;
    private final int port;
    private boolean closed;

    private EchoEndpoint(Bus bus, EndpointImpl endpoint, int port) {
        this.bus = bus;
        this.endpoint = endpoint;
        this.port = port;
    }

    /**
     * Starts answering every request with {@code answer}, a whole SOAP envelope (its header blocks and its body's
     * payload are sent again; CXF writes the envelope around them).
     *
     * @param keyManagers   the server's certificate
     * @param trustManagers the CAs whose client certificates are accepted
     */
    public static EchoEndpoint start(KeyManager[] keyManagers, TrustManager[] trustManagers, byte[] answer) {
        CannedAnswer canned = CannedAnswer.of(answer);
        Objects.requireNonNull(keyManagers, "keyManagers");
        Objects.requireNonNull(trustManagers, "trustManagers");
        int port = freePort();
        Bus bus = BusFactory.newInstance().createBus();
        try {
            JettyHTTPServerEngineFactory factory = bus.getExtension(JettyHTTPServerEngineFactory.class);
            TLSServerParameters tls = new TLSServerParameters();
            tls.setKeyManagers(keyManagers);
            tls.setTrustManagers(trustManagers);
            ClientAuthentication clientAuthentication = new ClientAuthentication();
            clientAuthentication.setWant(true);
            clientAuthentication.setRequired(true);
            tls.setClientAuthentication(clientAuthentication);
            factory.setTLSServerParametersForPort(HOST, port, tls);
            JettyHTTPServerEngine engine = factory.createJettyHTTPServerEngine(HOST, port, "https");
            engine.setSendServerVersion(false);
            EndpointImpl endpoint = new EndpointImpl(bus, new EchoProvider(canned));
            endpoint.publish("https://" + HOST + ":" + port + PATH);
            return new EchoEndpoint(bus, endpoint, port);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            bus.shutdown(true);
            JettyHTTPServerEngineFactory.destroyForPort(port);
            throw new IllegalStateException("the echo endpoint did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** Its address as a client on this machine reaches it (the server certificate names localhost). */
    public URI address() {
        return URI.create("https://localhost:" + port + PATH);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            endpoint.stop();
        } finally {
            try {
                bus.shutdown(true);
            } finally {
                JettyHTTPServerEngineFactory.destroyForPort(port);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the echo endpoint: " + e.getMessage(), e);
        }
    }
}
