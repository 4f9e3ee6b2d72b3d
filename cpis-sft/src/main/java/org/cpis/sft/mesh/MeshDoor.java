package org.cpis.sft.mesh;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Objects;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.SingletonResourceProvider;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;
import org.cpis.gateway.http.JettyListener;
import org.cpis.sft.exchange.PostOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MESH-compatible HTTP door to the Local Authority mailboxes, running: Apache CXF's JAX-RS frontend on its Jetty
 * transport, on a CXF bus and port of its own. Mutual TLS (a client certificate the trust managers accept is
 * required in the TLS handshake) or, for a local demo, plain HTTP on the loopback address. A MESH client configured
 * with {@link #address()} as its base URL works with it; every message goes in and out through the {@link
 * PostOffice}. See docs/exchange/MESH-DOOR.md.
 */
public final class MeshDoor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MeshDoor.class);

    private final Bus bus;
    private final Server server;
    private final MeshDoorSettings settings;
    private final int port;
    private boolean closed;

    private MeshDoor(Bus bus, Server server, MeshDoorSettings settings, int port) {
        this.bus = bus;
        this.server = server;
        this.settings = settings;
        this.port = port;
    }

    /**
     * Starts listening. Fails with a {@link MeshDoorStartException} naming the address and the reason, e.g. the port
     * is taken.
     */
    public static MeshDoor start(MeshDoorSettings settings, PostOffice postOffice) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(postOffice, "postOffice");
        int port = settings.port() == 0 ? JettyListener.freePort(settings.bindHost()) : settings.port();
        Bus bus = BusFactory.newInstance().createBus();
        boolean engineMade = false;
        try {
            configureEngine(bus, settings, port);
            engineMade = true;
            boolean mutualTls = settings.transport() instanceof MeshDoorSettings.Transport.MutualTls;
            MeshAuthenticator authenticator = new MeshAuthenticator(postOffice.mailboxes(), postOffice.clock(),
                    settings.sharedSecret(), settings.authClockSkew(), settings.replayCacheSize(), mutualTls);
            MeshApi api = new MeshApi(new MeshCalls(authenticator, postOffice), postOffice, settings);
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress(settings.transport().scheme() + "://" + settings.bindHost() + ":" + port);
            factory.setResourceClasses(MeshApi.class);
            factory.setResourceProvider(MeshApi.class, new SingletonResourceProvider(api));
            factory.setProviders(List.of(new UnmatchedCalls(postOffice), new UnmatchedCalls.UnexpectedErrors()));
            Server server = factory.create();
            MeshDoor started = new MeshDoor(bus, server, settings, port);
            LOG.info("MESH door listening at {} ({})", started.address(),
                    mutualTls ? "mutual TLS" : "PLAIN HTTP, local demo only");
            return started;
        } catch (RuntimeException | GeneralSecurityException | IOException e) {
            bus.shutdown(true);
            if (engineMade) {
                JettyHTTPServerEngineFactory.destroyForPort(port);
            }
            throw new MeshDoorStartException("cannot open the MESH door on " + settings.bindHost() + ":" + port + ": "
                    + JettyListener.reason(e), e);
        }
    }

    /** Jetty for this port: no server version in answers, and for HTTPS, client certificates required. */
    private static void configureEngine(Bus bus, MeshDoorSettings settings, int port)
            throws GeneralSecurityException, IOException {
        if (settings.transport() instanceof MeshDoorSettings.Transport.MutualTls tls) {
            JettyListener.configure(bus, settings.bindHost(), port, tls.keyManagers(), tls.trustManagers());
        } else {
            JettyListener.configure(bus, settings.bindHost(), port, null, null);
        }
    }

    /** The port listened on (the one picked, when the settings said 0). */
    public int port() {
        return port;
    }

    /** The base URL a MESH client on this machine is configured with, e.g. {@code https://localhost:8444}. */
    public URI address() {
        return URI.create(settings.transport().scheme() + "://localhost:" + port);
    }

    public boolean isMutualTls() {
        return settings.transport() instanceof MeshDoorSettings.Transport.MutualTls;
    }

    /** Stops listening. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.stop();
            server.destroy();
        } finally {
            try {
                bus.shutdown(true);
            } finally {
                JettyHTTPServerEngineFactory.destroyForPort(port);
            }
        }
        LOG.info("MESH door at {} stopped", address());
    }
}
