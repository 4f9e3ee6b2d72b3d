package org.cpis.gateway.soap;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.staxutils.StaxUtils;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;
import org.cpis.gateway.http.JettyListener;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CP-IS NHS Query SOAP endpoint, running: Apache CXF on its Jetty transport, one CXF bus of its own, the WSDL
 * served at {@code ?wsdl}. Mutual TLS (client certificates required in the handshake) or, for a local demo, plain
 * HTTP on the loopback address. Every request passes {@link EnvelopeGuard} before any CXF parser; every fault has
 * Spine's shape ({@link FaultShaper}); every message in and out is logged ({@link TransmissionRecorder}).
 */
public final class NhsQueryEndpoint implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NhsQueryEndpoint.class);

    /** SOAP nesting: the envelope, the body and an HL7 message of depth under 30. */
    private static final int MAX_DEPTH = 64;
    private static final int MAX_ATTRIBUTES = 32;

    private final Bus bus;
    private final EndpointImpl endpoint;
    private final EndpointSettings settings;
    private final int port;
    private boolean closed;

    private NhsQueryEndpoint(Bus bus, EndpointImpl endpoint, EndpointSettings settings, int port) {
        this.bus = bus;
        this.endpoint = endpoint;
        this.settings = settings;
        this.port = port;
    }

    /**
     * Starts listening. Fails with an {@link EndpointStartException} naming the port and the reason, e.g. the port
     * is taken.
     */
    public static NhsQueryEndpoint start(EndpointSettings settings, EndpointServices services) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(services, "services");
        int port = settings.port() == 0 ? JettyListener.freePort(settings.bindHost()) : settings.port();
        Bus bus = BusFactory.newInstance().createBus();
        try {
            configureEngine(bus, settings, port);
            TransmissionRecorder transmissions = new TransmissionRecorder(services.transmissions(), services.clock());
            QueryAnswerer answerer = new QueryAnswerer(services.queries(), services.access(), services.refusals(),
                    services.clock(), services.ids(), settings.serviceAsid());
            CallerCertificate callers = settings.transport() instanceof EndpointSettings.Transport.MutualTls
                    ? new TlsClientCertificate() : new ClaimedSystemCertificate(services.systems());
            EndpointImpl endpoint = new EndpointImpl(bus, new NhsQueryProvider(answerer, callers));
            endpoint.setProperties(properties(settings));
            RequestAdmission admission = new RequestAdmission(new EnvelopeScanner(
                    new XmlLimits(settings.maxRequestBytes(), MAX_DEPTH, MAX_ATTRIBUTES)), settings.maxRequestBytes());
            endpoint.getInInterceptors().add(new EnvelopeGuard(admission, transmissions));
            ReplyRecorder replies = new ReplyRecorder(transmissions);
            endpoint.getOutInterceptors().add(replies);
            endpoint.getOutFaultInterceptors().addAll(List.of(new FaultShaper(), replies));
            endpoint.publish(settings.transport().scheme() + "://" + settings.bindHost() + ":" + port + settings.path());
            NhsQueryEndpoint started = new NhsQueryEndpoint(bus, endpoint, settings, port);
            LOG.info("NHS Query endpoint listening at {} ({})", started.address(), settings.transport()
                    instanceof EndpointSettings.Transport.MutualTls ? "mutual TLS" : "PLAIN HTTP, local demo only");
            return started;
        } catch (RuntimeException | GeneralSecurityException | IOException e) {
            bus.shutdown(true);
            JettyHTTPServerEngineFactory.destroyForPort(port);
            throw new EndpointStartException("cannot listen for NHS Queries on " + settings.bindHost() + ":" + port
                    + ": " + JettyListener.reason(e), e);
        }
    }

    /** Jetty for this port: no server version in responses, and for HTTPS, client certificates required. */
    private static void configureEngine(Bus bus, EndpointSettings settings, int port)
            throws GeneralSecurityException, IOException {
        if (settings.transport() instanceof EndpointSettings.Transport.MutualTls tls) {
            JettyListener.configure(bus, settings.bindHost(), port, tls.keyManagers(), tls.trustManagers());
        } else {
            JettyListener.configure(bus, settings.bindHost(), port, null, null);
        }
    }

    /** CXF's own parser limits, behind the door's: the request has been read once already. */
    private static Map<String, Object> properties(EndpointSettings settings) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(StaxUtils.MAX_ELEMENT_DEPTH, MAX_DEPTH);
        properties.put(StaxUtils.MAX_ATTRIBUTE_COUNT, MAX_ATTRIBUTES);
        properties.put(StaxUtils.MAX_ATTRIBUTE_SIZE, 4096);
        properties.put(StaxUtils.MAX_CHILD_ELEMENTS, 1000);
        properties.put(StaxUtils.MAX_ELEMENT_COUNT, 100_000);
        properties.put(StaxUtils.MAX_TEXT_LENGTH, (int) settings.maxRequestBytes());
        properties.put(StaxUtils.MAX_XML_CHARACTERS, settings.maxRequestBytes());
        // faults are logged once, by FaultShaper, without the request's content
        properties.put(FaultListener.class.getName(), (FaultListener) (exception, description, message) -> false);
        return properties;
    }

    /** The port listened on (the one picked, when the settings said 0). */
    public int port() {
        return port;
    }

    /** The endpoint's URL as a client on this machine reaches it, e.g. {@code https://localhost:8443/cpisquery}. */
    public URI address() {
        return URI.create(settings.transport().scheme() + "://localhost:" + port + settings.path());
    }

    /** The URL of the WSDL. */
    public URI wsdl() {
        return URI.create(address() + "?wsdl");
    }

    public boolean isMutualTls() {
        return settings.transport() instanceof EndpointSettings.Transport.MutualTls;
    }

    /** Stops listening; requests in progress are given Jetty's graceful stop. Safe to call more than once. */
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
        LOG.info("NHS Query endpoint at {} stopped", address());
    }
}
