package org.cpis.sft.la.transport.folder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cpis.gateway.codec.xml.SecureXml;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A minimal MESH client control file ({@code .ctl}, root {@code DTSControl}; MESH-AND-SFT.md 3.3): the elements the
 * LA client writes for an upload in {@code OUT/} and the ones it reads from a message or report in {@code IN/}.
 * <p>
 * <b>A stand-in:</b> the project's full DTSControl reader and writer ({@code org.cpis.sft.control}) is built
 * separately; when it is merged, {@link FolderTransport} should use it and this class should go. It is kept small
 * and private to the folder transport on purpose.
 */
final class ControlFile {

    private ControlFile() {
    }

    /** The control file of an upload dropped in {@code OUT/}, in the order real senders write the elements. */
    static byte[] forUpload(String workflowId, String from, String to, String subject, String localId) {
        Map<String, String> elements = new LinkedHashMap<>();
        elements.put("Version", "1.0");
        elements.put("AddressType", "DTS");
        elements.put("MessageType", "Data");
        elements.put("WorkflowId", workflowId);
        elements.put("From_DTS", from);
        elements.put("To_DTS", to);
        if (subject != null) {
            elements.put("Subject", subject);
        }
        elements.put("LocalId", localId);
        elements.put("Compress", "Y");
        elements.put("AllowChunking", "Y");
        elements.put("Encrypted", "N");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("DTSControl");
            for (var e : elements.entrySet()) {
                w.writeStartElement(e.getKey());
                w.writeCharacters(e.getValue());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("a control file cannot be written", e);
        }
    }

    /** What the client reads from a control file in {@code IN/}. */
    record Received(String messageType, String workflowId, String localId, String subject, String dtsId,
                    String statusCode, String statusDescription, String status) {

        boolean isReport() {
            return "Report".equalsIgnoreCase(messageType);
        }
    }

    static Received read(byte[] ctl) throws IOException {
        try {
            DocumentBuilder builder = SecureXml.documentBuilder(XmlLimits.MESSAGE);
            Document doc = builder.parse(new ByteArrayInputStream(ctl));
            Element root = doc.getDocumentElement();
            if (!"DTSControl".equals(root.getLocalName() == null ? root.getNodeName() : root.getLocalName())) {
                throw new IOException("not a DTSControl file (root " + root.getNodeName() + ")");
            }
            Element status = child(root, "StatusRecord");
            return new Received(text(root, "MessageType"), text(root, "WorkflowId"), text(root, "LocalId"),
                    text(root, "Subject"), text(root, "DTSId"),
                    status == null ? null : text(status, "StatusCode"),
                    status == null ? null : text(status, "Description"),
                    status == null ? null : text(status, "Status"));
        } catch (SAXException e) {
            throw new IOException("not a readable control file: " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName() == null ? e.getNodeName() : e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().strip();
        return t.isEmpty() ? null : t;
    }
}
