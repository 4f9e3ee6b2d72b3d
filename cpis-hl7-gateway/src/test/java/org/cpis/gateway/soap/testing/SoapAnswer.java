package org.cpis.gateway.soap.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.cpis.gateway.codec.xml.SecureXml;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A SOAP response as a test reads it: by XPath, with the prefixes s (SOAP 1.1), wsa, hl7 and nasp. */
public final class SoapAnswer {

    private static final Map<String, String> PREFIXES = Map.of(
            "s", "http://schemas.xmlsoap.org/soap/envelope/",
            "wsa", "http://schemas.xmlsoap.org/ws/2004/08/addressing",
            "hl7", "urn:hl7-org:v3",
            "nasp", "http://national.carerecords.nhs.uk/schema/");

    private final int status;
    private final String text;
    private final Document document;

    public SoapAnswer(int status, String text) {
        this.status = status;
        this.text = text;
        try {
            this.document = SecureXml.documentBuilder(XmlLimits.MESSAGE)
                    .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML (HTTP " + status + "): " + text, e);
        }
    }

    public int status() {
        return status;
    }

    public String text() {
        return text;
    }

    public Document document() {
        return document;
    }

    /** The string value of an XPath, "" when nothing matches. */
    public String value(String xpath) {
        try {
            return (String) xpath().evaluate(xpath, document, XPathConstants.STRING);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    public List<String> values(String xpath) {
        try {
            NodeList nodes = (NodeList) xpath().evaluate(xpath, document, XPathConstants.NODESET);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent());
            }
            return values;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /** The local name of the body's element. */
    public String bodyElement() {
        Node node = (Node) evaluateNode("/s:Envelope/s:Body/*[1]");
        return node == null ? "" : node.getLocalName();
    }

    /** The reasons' codes of an acknowledgement (MCCI_IN010000UK13 or QUQI_IN010000UK14). */
    public List<String> reasonCodes() {
        return values("//hl7:ControlActEvent/hl7:reason/hl7:justifyingDetectedIssueEvent/hl7:code/@code");
    }

    public List<String> reasonDisplays() {
        return values("//hl7:ControlActEvent/hl7:reason/hl7:justifyingDetectedIssueEvent/hl7:code/@displayName");
    }

    public String faultCode() {
        return value("/s:Envelope/s:Body/s:Fault/faultcode");
    }

    /** nasp:error/nasp:{name} of the fault. */
    public String error(String name) {
        return value("/s:Envelope/s:Body/s:Fault/detail/nasp:errorList/nasp:error/nasp:" + name);
    }

    public String header(String wsaName) {
        return value("/s:Envelope/s:Header/wsa:" + wsaName);
    }

    private Object evaluateNode(String path) {
        try {
            return xpath().evaluate(path, document, XPathConstants.NODE);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return PREFIXES.getOrDefault(prefix, "");
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath;
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + text;
    }
}
