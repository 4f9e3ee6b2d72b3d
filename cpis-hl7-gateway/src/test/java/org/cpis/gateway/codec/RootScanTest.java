package org.cpis.gateway.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick look at a message's first bytes answers only when it is sure, and then as a parser would. */
class RootScanTest {

    private static Optional<RootScan.Found> scan(String xml, XmlLimits limits) {
        return RootScan.scan(xml.getBytes(StandardCharsets.UTF_8), limits);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a comment -->\n<QUPC_IN000006GB01 xmlns=\"urn:hl7-org:v3\" "
                    + "xmlns:npfitlc=\"NPFIT:HL7:Localisation\">\n  <id root=\"1\"/></QUPC_IN000006GB01>",
            "\uFEFF<QUPC_IN000006GB01 xmlns='urn:hl7-org:v3'><!-- - --><id root='1'/></QUPC_IN000006GB01>",
            "<?xml version='1.0' standalone='yes'?><hl7:QUPC_IN000006GB01 xmlns:hl7='urn:hl7-org:v3'>\n\t<hl7:id/></hl7:QUPC_IN000006GB01>",
    })
    @DisplayName("plain messages: the root and first child, as StAX reads them")
    void plain(String xml) {
        Optional<RootScan.Found> found = scan(xml, XmlLimits.MESSAGE);
        assertThat(found).isPresent();
        assertThat(found.get().root()).isEqualTo(new QName("urn:hl7-org:v3", "QUPC_IN000006GB01"));
        assertThat(found.get().firstChild()).isEqualTo("id");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<!DOCTYPE a><a><b/></a>",                          // DOCTYPE: the parser refuses it
            "<a>&amp;<b/></a>", "<a>text<b/></a>",              // text or a reference before the child
            "<a x='1' x='2'><b/></a>",                          // duplicate attribute
            "<a xmlns:p='u' xmlns:q='u' p:x='1' q:x='2'><b/></a>",
            "<p:a><b/></p:a>", "<a><q:b/></a>",                 // unbound prefixes
            "<a xmlns:p=''><b/></a>",
            "<?xml encoding='UTF-8' version='1.0'?><a><b/></a>", "<?xml version='1.1'?><a><b/></a>",
            "<?xml version='1.0' encoding='ISO-8859-1'?><a><b/></a>",
            " <?xml version='1.0'?><a><b/></a>", "<!-- a --><?xml version='1.0'?><a><b/></a>",
            "<!-- a -- b --><a><b/></a>", "<!-- a ---><a><b/></a>", "<a><!-- \u00e9 --><b/></a>",
            "<a b='&lt;'><c/></a>", "<a b='x'c='y'><d/></a>", "<a/>", "<a></a>", "<a><b", "<a><b x='1></a>",
            "<\u00e9><b/></\u00e9>", "<a:b:c xmlns:a='u'><d/></a:b:c>",
    })
    @DisplayName("anything less plain or not well-formed: no answer, the parser decides")
    void unsure(String xml) {
        assertThat(scan(xml, XmlLimits.MESSAGE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    @DisplayName("no answer where the limits might be reached")
    void limits(int tight) {
        String xml = "<a x='1' y='2' z='3'><b/></a>";
        assertThat(scan(xml, new XmlLimits(1024, tight, 32))).matches(f -> tight == 1 ? f.isEmpty() : f.isPresent());
        assertThat(scan(xml, new XmlLimits(1024, 64, tight))).isEmpty();
        assertThat(scan(xml, new XmlLimits(10, 64, 32))).isEmpty();
    }
}
