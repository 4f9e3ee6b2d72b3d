package org.cpis.gateway.soap;

import jakarta.annotation.Resource;
import jakarta.xml.ws.Provider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.WebServiceProvider;
import jakarta.xml.ws.handler.MessageContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import org.apache.cxf.headers.Header;
import org.apache.cxf.jaxws.context.WrappedMessageContext;
import org.apache.cxf.message.Message;
import org.apache.cxf.security.transport.TLSSessionInfo;
import org.apache.cxf.staxutils.StaxUtils;
import org.cpis.core.access.CertificateFingerprint;

/**
 * The JAX-WS endpoint of the NHS Query (payload mode: the body's QUPC_IN000006GB01 in, the reply's body out; the
 * SOAP header blocks go through CXF's header list). The request has passed {@link EnvelopeGuard}; this hands it to
 * {@link QueryAnswerer} with the client certificate of the TLS session and writes the reply's headers.
 */
@WebServiceProvider(serviceName = "CpisQueryService", portName = "CpisQueryPort",
        targetNamespace = QueryServiceNames.SERVICE, wsdlLocation = QueryServiceNames.WSDL_LOCATION)
@ServiceMode(Service.Mode.PAYLOAD)
public final class NhsQueryProvider implements Provider<Source> {

    @Resource
    private WebServiceContext context;

    private final QueryAnswerer answerer;
    private final CallerCertificate callers;

    NhsQueryProvider(QueryAnswerer answerer, CallerCertificate callers) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Override
    public Source invoke(Source request) {
        MessageContext messageContext = context.getMessageContext();
        Message message = ((WrappedMessageContext) messageContext).getWrappedMessage();
        RequestEnvelope envelope = message.getExchange().get(RequestEnvelope.class);
        if (envelope == null) {
            throw new IllegalStateException("a request reached the NHS Query provider without passing the door");
        }
        TLSSessionInfo tls = message.get(TLSSessionInfo.class);
        CertificateFingerprint presented = callers.presented(tls == null ? null : tls.getPeerCertificates(), envelope);
        Reply reply = answerer.answer(envelope, bytes(request), presented);
        messageContext.put(Header.HEADER_LIST, ResponseHeaders.of(envelope, reply));
        message.getExchange().put(TransmissionRecorder.SentSummary.class, TransmissionRecorder.SentSummary.of(reply));
        return new StreamSource(new ByteArrayInputStream(reply.body()));
    }

    private static byte[] bytes(Source payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter writer = StaxUtils.createXMLStreamWriter(out, "UTF-8");
            StaxUtils.copy(payload, writer);
            writer.flush();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the NHS Query body could not be copied: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
