package org.cpis.server.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.cxf.headers.Header;
import org.cpis.gateway.codec.xml.SecureXml;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A real answer of the NHS Query endpoint taken apart for the echo to send again: the SOAP header blocks (as CXF
 * header objects, like the real provider's) and the body's payload (the {@code CP-ISNHSQueryResponse} element).
 * CXF writes them back into an envelope of (nearly) the same bytes. Parsed once, with the hardened parser.
 */
final class CannedAnswer {

    private static final String SOAP_1_1 = "http://schemas.xmlsoap.org/soap/envelope/";

    private final Document envelope;
    private final byte[] payload;
    private final int envelopeLength;

    private CannedAnswer(Document envelope, byte[] payload, int envelopeLength) {
        this.envelope = envelope;
        this.payload = payload;
        this.envelopeLength = envelopeLength;
    }

    /** @param answer a whole SOAP 1.1 envelope with at least one body element */
    static CannedAnswer of(byte[] answer) {
        Objects.requireNonNull(answer, "answer");
        try {
            DocumentBuilder parser = SecureXml.documentBuilder(XmlLimits.MESSAGE);
            Document envelope = parser.parse(new ByteArrayInputStream(answer));
            Element body = child(envelope.getDocumentElement(), "Body");
            Element content = firstElement(body);
            if (content == null) {
                throw new IllegalArgumentException("the answer's SOAP body is empty");
            }
            return new CannedAnswer(envelope, serialise(content), answer.length);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("the answer is not a readable SOAP envelope: " + e.getMessage(), e);
        }
    }

    /** The body's payload, to be returned by the provider. */
    byte[] payload() {
        return payload.clone();
    }

    /** The size of the whole answer it was taken from. */
    int envelopeLength() {
        return envelopeLength;
    }

    /** New copies of the header blocks (a DOM is not safe to read from several threads at once). */
    synchronized List<Header> headers() {
        Element header = child(envelope.getDocumentElement(), "Header");
        List<Header> headers = new ArrayList<>();
        if (header == null) {
            return headers;
        }
        for (Node n = header.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element block) {
                Element copy = (Element) block.cloneNode(true);
                headers.add(new Header(new QName(copy.getNamespaceURI(), copy.getLocalName()), copy));
            }
        }
        return headers;
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && SOAP_1_1.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        if ("Body".equals(localName)) {
            throw new IllegalArgumentException("the answer has no SOAP 1.1 body");
        }
        return null;
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static byte[] serialise(Element element) {
        try {
            Transformer identity = TransformerFactory.newDefaultInstance().newTransformer();
            identity.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            identity.transform(new DOMSource(element), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("the answer's payload cannot be written: " + e.getMessage(), e);
        }
    }
}
