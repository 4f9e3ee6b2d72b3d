package org.cpis.xsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.transform.dom.DOMSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Spine-style SOAP 1.1 messages: every header block validates against spine-soap-header.xsd on its
 * own, and the body's child validates against the entry schema the catalogue selects for it.
 */
class SoapSamplesTest {

    static Stream<Path> soapSamples() {
        return Xsd.samples("soap").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("soapSamples")
    void headerBlocksAndBodyValidate(Path sample) {
        Document doc = Xsd.parse(sample);
        RootCatalogue catalogue = RootCatalogue.load();
        for (Element block : children(child(doc.getDocumentElement(), "Header"))) {
            String entry = catalogue.entrySchemaFor(block).orElseThrow(
                    () -> new AssertionError("no schema for header block " + block.getLocalName()));
            assertThat(entry).isEqualTo("spine-soap-header.xsd");
            assertThat(Xsd.validate(Xsd.entry(entry), block)).as(block.getLocalName()).isEmpty();
        }
        Element payload = children(child(doc.getDocumentElement(), "Body")).get(0);
        String entry = catalogue.entrySchemaFor(payload).orElseThrow();
        assertThat(Xsd.validate(Xsd.entry(entry), new DOMSource(payload))).as(payload.getLocalName()).isEmpty();
    }

    @Test
    void theSamplesUseEveryHeaderElement() {
        Set<String> used = new TreeSet<>();
        soapSamples().forEach(p -> children(child(Xsd.parse(p).getDocumentElement(), "Header"))
                .forEach(e -> used.add(e.getLocalName())));
        assertThat(used).containsExactlyInAnyOrder("MessageID", "Action", "To", "From", "ReplyTo", "RelatesTo",
                "communicationFunctionRcv", "communicationFunctionSnd");
    }

    @Test
    void badHeaderBlocksAreRejected() {
        assertThat(header("<hl7:communicationFunctionSnd xmlns:hl7='urn:hl7-org:v3'><hl7:device>"
                + "<hl7:id root='1.2.826.0.1285.0.2.0.65' extension='200000000123'/></hl7:device></hl7:communicationFunctionSnd>"))
                .anyMatch(m -> m.contains("'1.2.826.0.1285.0.2.0.65'"));
        assertThat(header("<hl7:communicationFunctionRcv xmlns:hl7='urn:hl7-org:v3'/>"))
                .anyMatch(m -> m.contains("device"));
        assertThat(header("<wsa:From xmlns:wsa='" + Xsd.WSA + "'><wsa:To>x</wsa:To></wsa:From>"))
                .anyMatch(m -> m.contains("\"" + Xsd.WSA + "\":To"));
        assertThat(header("<wsa:Sender xmlns:wsa='" + Xsd.WSA + "'>x</wsa:Sender>"))
                .anyMatch(m -> m.contains("cvc-elt.1") && m.contains("wsa:Sender"));
        assertThat(header("<wsa:RelatesTo xmlns:wsa='" + Xsd.WSA + "'><wsa:Address/></wsa:RelatesTo>"))
                .anyMatch(m -> m.contains("RelatesTo"));
    }

    private static List<String> header(String xml) {
        try {
            javax.xml.parsers.DocumentBuilderFactory dbf = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = dbf.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
            return Xsd.validate(Xsd.entry("spine-soap-header.xsd"), doc.getDocumentElement());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element child(Element parent, String localName) {
        return children(parent).stream()
                .filter(e -> Xsd.SOAP11.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName()))
                .findFirst().orElseThrow();
    }

    private static List<Element> children(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }
}
