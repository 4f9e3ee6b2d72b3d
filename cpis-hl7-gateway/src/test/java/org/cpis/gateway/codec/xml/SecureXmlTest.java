package org.cpis.gateway.codec.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XsltTransformer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.helpers.DefaultHandler;

/** Each XML API CP-IS uses, attacked the same ways. */
class SecureXmlTest {

    @TempDir
    Path dir;

    private Path secret() throws Exception {
        Path s = dir.resolve("secret.txt");
        Files.writeString(s, "TOP-SECRET");
        return s;
    }

    private String xxe() throws Exception {
        return "<?xml version=\"1.0\"?><!DOCTYPE note [<!ENTITY x SYSTEM \"" + secret().toUri()
                + "\">]><note xmlns=\"urn:test\"><text>&x;</text></note>";
    }

    private static final String LAUGHS = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><lolz>&lol3;</lolz>";

    private static String deep(int depth) {
        return "<a>".repeat(depth) + "</a>".repeat(depth);
    }

    private static String manyAttributes(int n) {
        StringBuilder b = new StringBuilder("<a");
        for (int i = 0; i < n; i++) {
            b.append(" x").append(i).append("=\"1\"");
        }
        return b.append("/>").toString();
    }

    private static InputStream in(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static final XmlLimits SMALL = new XmlLimits(10_000, 10, 5);

    @Test
    @DisplayName("DOM: DOCTYPE (and so XXE and entity expansion) refused; depth and attribute limits hold")
    void dom() throws Exception {
        assertThatThrownBy(() -> SecureXml.documentBuilder(SMALL).parse(in(xxe()))).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> SecureXml.documentBuilder(SMALL).parse(in(LAUGHS))).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> SecureXml.documentBuilder(SMALL).parse(in(deep(11)))).hasMessageContaining("10");
        assertThatThrownBy(() -> SecureXml.documentBuilder(SMALL).parse(in(manyAttributes(6)))).hasMessageContaining("5");
        assertThat(SecureXml.documentBuilder(SMALL).parse(in(deep(10))).getDocumentElement().getLocalName()).isEqualTo("a");
    }

    @Test
    @DisplayName("SAX: DOCTYPE refused; depth, attribute and size limits hold")
    void sax() throws Exception {
        assertThatThrownBy(() -> SecureXml.xmlReader(SMALL).parse(new org.xml.sax.InputSource(new StringReader(xxe()))))
                .hasMessageContaining("DOCTYPE");
        var deepReader = SecureXml.xmlReader(SMALL);
        deepReader.setContentHandler(new DefaultHandler());
        assertThatThrownBy(() -> deepReader.parse(new org.xml.sax.InputSource(new StringReader(deep(11)))))
                .hasMessageContaining("10");
        var attrReader = SecureXml.xmlReader(SMALL);
        assertThatThrownBy(() -> attrReader.parse(new org.xml.sax.InputSource(new StringReader(manyAttributes(6)))))
                .hasMessageContaining("5");
        var big = SecureXml.source(in("<a>" + "x".repeat(20_000) + "</a>"), SMALL, "big.xml");
        big.getXMLReader().setContentHandler(new DefaultHandler());
        assertThatThrownBy(() -> big.getXMLReader().parse(big.getInputSource()))
                .isInstanceOf(UnsafeXmlException.class).hasMessageStartingWith("CPIS-X002");
    }

    private static void drain(XMLStreamReader r) throws Exception {
        while (r.hasNext()) {
            r.next();
        }
    }

    @Test
    @DisplayName("StAX: DOCTYPE refused with CPIS-X001; depth CPIS-X003, attributes CPIS-X004, size CPIS-X002")
    void stax() throws Exception {
        assertThatThrownBy(() -> drain(SecureXml.streamReader(in(xxe()), SMALL))).hasMessageStartingWith("CPIS-X001");
        assertThatThrownBy(() -> drain(SecureXml.streamReader(in(LAUGHS), SMALL))).hasMessageStartingWith("CPIS-X001");
        assertThatThrownBy(() -> drain(SecureXml.streamReader(in(deep(11)), SMALL))).hasMessageStartingWith("CPIS-X003");
        assertThatThrownBy(() -> drain(SecureXml.streamReader(in(manyAttributes(6)), SMALL)))
                .hasMessageStartingWith("CPIS-X004");
        assertThatThrownBy(() -> drain(SecureXml.streamReader(in("<a>" + "x".repeat(20_000) + "</a>"), SMALL)))
                .hasMessageStartingWith("CPIS-X002");
        XMLStreamReader ok = SecureXml.streamReader(in(deep(10)), SMALL);
        drain(ok);
    }

    @Test
    @DisplayName("Transformer (Saxon): input with a DOCTYPE refused; document() and unparsed-text() fetch nothing")
    void saxon() throws Exception {
        Processor p = SecureXml.saxon();
        String fetching = "<xsl:stylesheet version='3.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
                + "<xsl:template match='/'><out><xsl:value-of select=\"unparsed-text('" + secret().toUri() + "')\"/>"
                + "</out></xsl:template></xsl:stylesheet>";
        XsltTransformer t = p.newXsltCompiler().compile(new StreamSource(new StringReader(fetching))).load();
        t.setSource(SecureXml.source(in("<a/>"), SMALL, "in.xml"));
        t.setDestination(new XdmDestination());
        assertThatThrownBy(t::transform).hasMessageNotContaining("TOP-SECRET");
        String identity = "<xsl:stylesheet version='3.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
                + "<xsl:template match='/'><xsl:copy-of select='.'/></xsl:template></xsl:stylesheet>";
        XsltTransformer id = p.newXsltCompiler().compile(new StreamSource(new StringReader(identity))).load();
        id.setSource(SecureXml.source(in(xxe()), SMALL, "in.xml"));
        XdmDestination out = new XdmDestination();
        id.setDestination(out);
        assertThatThrownBy(id::transform).hasMessageContaining("DOCTYPE");
    }

    @Test
    @DisplayName("Validator: DOCTYPE refused; xsi:schemaLocation pointing elsewhere is not fetched")
    void validator() throws Exception {
        Schema schema = SecureXml.schemaFactory().newSchema(getClass().getResource("/xml/tiny.xsd"));
        assertThatThrownBy(() -> SecureXml.validator(schema).validate(SecureXml.source(in(xxe()), SMALL, "x.xml")))
                .hasMessageContaining("DOCTYPE");
        Path evil = dir.resolve("evil.xsd");
        Files.writeString(evil, "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'/>");
        String pointing = "<note xmlns='urn:test' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' "
                + "xsi:schemaLocation='urn:other " + evil.toUri() + "'><text>hi</text></note>";
        SecureXml.validator(schema).validate(SecureXml.source(in(pointing), SMALL, "ok.xml"));
        assertThatThrownBy(() -> SecureXml.validator(schema).validate(SecureXml.source(in("<note xmlns='urn:test'><bad/></note>"),
                SMALL, "bad.xml"))).hasMessageContaining("bad");
    }
}
