package org.cpis.gateway.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.GeneralSecurityException;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;
import org.apache.cxf.Bus;
import org.apache.cxf.configuration.jsse.TLSServerParameters;
import org.apache.cxf.configuration.security.ClientAuthentication;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngine;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;

/**
 * How every CP-IS door listens: CXF's Jetty transport on a bus of its own, no server version in answers, and for
 * HTTPS a client certificate required in the TLS handshake (mutual TLS). Shared by the NHS Query endpoint and the
 * MESH door.
 */
public final class JettyListener {

    private JettyListener() {
    }

    /**
     * Prepares the Jetty engine of {@code bus} for {@code host:port}: HTTPS with client certificates required when
     * {@code keyManagers} are given, plain HTTP when they are {@code null}.
     */
    public static void configure(Bus bus, String host, int port, KeyManager[] keyManagers, TrustManager[] trustManagers)
            throws GeneralSecurityException, IOException {
        JettyHTTPServerEngineFactory factory = bus.getExtension(JettyHTTPServerEngineFactory.class);
        String scheme = "http";
        if (keyManagers != null) {
            TLSServerParameters parameters = new TLSServerParameters();
            parameters.setKeyManagers(keyManagers);
            parameters.setTrustManagers(trustManagers);
            ClientAuthentication clientAuthentication = new ClientAuthentication();
            clientAuthentication.setWant(true);
            clientAuthentication.setRequired(true);
            parameters.setClientAuthentication(clientAuthentication);
            factory.setTLSServerParametersForPort(host, port, parameters);
            scheme = "https";
        }
        JettyHTTPServerEngine engine = factory.createJettyHTTPServerEngine(host, port, scheme);
        engine.setSendServerVersion(false);
    }

    /** A port free on {@code host} now, for settings that ask for any free port (0). */
    public static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + host + ": " + e.getMessage(), e);
        }
    }

    /** The root cause's message on one line, for a start-up failure a person reads. */
    public static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
