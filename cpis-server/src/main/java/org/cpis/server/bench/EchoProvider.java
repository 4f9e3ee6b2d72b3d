package org.cpis.server.bench;

import jakarta.annotation.Resource;
import jakarta.xml.ws.Provider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.WebServiceProvider;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import org.apache.cxf.headers.Header;
import org.apache.cxf.staxutils.StaxUtils;

/**
 * The bare CXF endpoint the benchmark compares the NHS Query endpoint with. It works as the real provider does -
 * payload mode, the request's body read in full, the answer's header blocks handed to CXF's header list and the
 * answer's payload returned as a stream - but its answer is canned: no codecs, no access control, no database.
 */
@WebServiceProvider(serviceName = "BenchEchoService", portName = "BenchEchoPort", targetNamespace = EchoProvider.NAMESPACE)
@ServiceMode(Service.Mode.PAYLOAD)
public final class EchoProvider implements Provider<Source> {

    static final String NAMESPACE = "urn:cpis:bench:echo";

    @Resource
    private WebServiceContext context;

    private final byte[] payload;
    private final ThreadLocal<List<Header>> headers;

    EchoProvider(CannedAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        this.payload = answer.payload();
        this.headers = ThreadLocal.withInitial(answer::headers);
    }

    @Override
    public Source invoke(Source request) {
        try {
            XMLStreamWriter sink = StaxUtils.createXMLStreamWriter(OutputStream.nullOutputStream(), "UTF-8");
            StaxUtils.copy(request, sink);
            sink.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the echo could not read the request: " + e.getMessage(), e);
        }
        context.getMessageContext().put(Header.HEADER_LIST, new ArrayList<>(headers.get()));
        return new StreamSource(new ByteArrayInputStream(payload));
    }
}
