package org.cpis.gateway.codec.response;

import org.cpis.gateway.codec.GoldenFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.Stylesheets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QueryResponseCodecTest {

    final QueryResponseCodec codec = codec();

    /** The codec under test: the fast path here, the stylesheet path in {@link QueryResponseCodecStylesheetTest}. */
    QueryResponseCodec codec() {
        return new QueryResponseCodec();
    }

    /** A golden pair: the domain message and the wire file it is, bare or in Spine's wrapper. */
    record Case(String file, Supplier<QueryResponseMessage> message, boolean spineEnvelope) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Case> goldenPairs() {
        return Stream.of(
                new Case("one-la-one-plan.wire.xml", GoldenResponses::oneLaOnePlan, false),
                new Case("several-las-midwife.wire.xml", GoldenResponses::severalLasMidwifeView, false),
                new Case("history-25.wire.xml", GoldenResponses::history25, false),
                new Case("spine-envelope.wire.xml", GoldenResponses::oneLaOnePlan, true));
    }

    private byte[] encode(Case c) {
        return c.spineEnvelope() ? codec.encodeEnvelope(c.message().get()) : codec.encode(c.message().get());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenPairs")
    @DisplayName("Golden: domain -> wire is the golden file (order significant, whitespace ignored) and schema-valid")
    void encodesToGolden(Case c) {
        byte[] wire = encode(c);
        GoldenFiles.assertSchemaValid(wire);
        GoldenFiles.assertSameXml(GoldenFiles.bytes("query-response/" + c.file()), wire);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenPairs")
    @DisplayName("Golden: the golden file decodes to its domain message")
    void decodesGolden(Case c) {
        assertThat(codec.decode(GoldenFiles.bytes("query-response/" + c.file()))).isEqualTo(c.message().get());
    }

    @Test
    @DisplayName("CP-IS046: several Local Authorities, each with its own plans, phones and subject")
    void severalLocalAuthorities() {
        var found = codec.decode(GoldenFiles.bytes("query-response/several-las-midwife.wire.xml")).result();
        assertThat(found.totalChildRecords()).isEqualTo(2);
        assertThat(found.entries().get(0).plans()).hasSize(2);
        assertThat(found.entries().get(1).localAuthority().officeHours()).isEmpty();
        assertThat(found.entries().get(1).localAuthority().emergencyDutyPhone().digits()).isEqualTo("+441632961000");
    }

    @Test
    @DisplayName("CP-IS026, CP-IS048: 25 previous accesses, newest first, with worker, organisation and time")
    void history() {
        var history = codec.decode(GoldenFiles.bytes("query-response/history-25.wire.xml")).result().accessHistory();
        assertThat(history).hasSize(25);
        assertThat(history).isSortedAccordingTo((a, b) -> b.accessedAt().compareTo(a.accessedAt()));
        assertThat(history.get(0).author().displayName()).isEqualTo("Dr Jane Doe RN");
        assertThat(history.get(0).author().organisation().name()).isEqualTo("EXAMPLE UNIVERSITY HOSPITALS NHS TRUST");
        assertThat(history.get(1).author().displayName()).isEqualTo("Sam Patel");
        assertThat(history).allSatisfy(a -> assertThat(a.queryTime()).isEqualTo(a.accessedAt()));
    }

    static Stream<Arguments> sentMessages() {
        return Stream.concat(goldenPairs().map(c -> Arguments.of(c.file(), c.message().get())),
                LongStream.range(0, 50).mapToObj(seed -> Arguments.of("seed " + seed, new FoundResultGenerator(seed).message())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentMessages")
    @DisplayName("CP-IS051, CP-NHS010: no LA child id, no delete date, no child's or mother's names or birth date leave CP-IS")
    void nothingPrivateLeaves(String name, QueryResponseMessage m) throws SaxonApiException {
        for (byte[] wire : new byte[][] {codec.encode(m), codec.encodeEnvelope(m)}) {
            XdmNode doc = Stylesheets.processor().newDocumentBuilder()
                    .build(new javax.xml.transform.stream.StreamSource(new java.io.ByteArrayInputStream(wire)));
            XPathCompiler xpath = Stylesheets.processor().newXPathCompiler();
            xpath.declareNamespace("hl7", "urn:hl7-org:v3");
            String record = "//hl7:CP-ISRecord";
            assertThat(count(xpath, doc, record)).isPositive();
            assertThat(count(xpath, doc, record + "//hl7:childPerson")).isZero();
            assertThat(count(xpath, doc, record + "//hl7:birthTime")).isZero();
            assertThat(count(xpath, doc, record + "//hl7:name")).isZero();
            assertThat(count(xpath, doc, record + "//hl7:component2")).isZero();
            assertThat(count(xpath, doc, "//*[ends-with(local-name(), 'DeleteDate')]")).isZero();
            assertThat(count(xpath, doc, "//*[@root = '2.16.840.1.113883.2.1.3.2.4.18.24']")).isZero();
            assertThat(count(xpath, doc, record + "/hl7:subject/*/descendant-or-self::hl7:id")).isEqualTo(
                    count(xpath, doc, record + "/hl7:subject"));
        }
    }

    private static int count(XPathCompiler xpath, XdmNode doc, String path) throws SaxonApiException {
        return xpath.evaluate(path, doc).size();
    }

    @Test
    @DisplayName("Subjects that carry names, birth dates or a local id (as other senders may) decode to the same trace")
    void decodesRicherSubjectsLeniently() {
        String wire = GoldenFiles.text("query-response/several-las-midwife.wire.xml")
                .replace("<id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000026\"/>\n                  </COCT_TP145101GB01.Child>",
                        "<id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000026\"/>"
                                + "<id root=\"2.16.840.1.113883.2.1.3.2.4.18.24\" extension=\"WS-4711\"/>"
                                + "<childPerson><birthTime value=\"20070304\"/><name><given>Chloe</given><family>Brown</family></name>"
                                + "</childPerson></COCT_TP145101GB01.Child>")
                .replace("<parentMotherPerson>", "<parentMotherPerson><birthTime value=\"20070304\"/>"
                        + "<name><family>Brown</family><given>Chloe</given></name>");
        assertThat(wire).contains("childPerson", "WS-4711", "<family>Brown</family><given>");
        assertThat(codec.decode(wire.getBytes(StandardCharsets.UTF_8))).isEqualTo(GoldenResponses.severalLasMidwifeView());
    }

    @Test
    @DisplayName("A Child subject with only a local id: the NHS number comes from the previous accesses")
    void nhsNumberFromHistory() {
        String wire = GoldenFiles.text("query-response/one-la-one-plan.wire.xml")
                .replace("<id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000018\"/>",
                        "<id root=\"2.16.840.1.113883.2.1.3.2.4.18.24\" extension=\"WS-4711\"/>");
        assertThat(codec.decode(wire.getBytes(StandardCharsets.UTF_8))).isEqualTo(GoldenResponses.oneLaOnePlan());
    }

    @Test
    @DisplayName("Another interaction, or a bare payload, is refused with CPIS-C005")
    void wrongMessage() {
        assertThatThrownBy(() -> codec.decode(GoldenFiles.bytes("query-act-failed/spine-envelope.wire.xml")))
                .isInstanceOf(DecodeException.class).hasMessageContaining("CPIS-C005")
                .hasMessageContaining("expected REPC_IN000007GB01, got QUQI_IN010000UK14");
        String payload = GoldenFiles.text("query-response/one-la-one-plan.wire.xml");
        payload = "<CP-ISNHSQueryResponse xmlns=\"urn:hl7-org:v3\" xmlns:npfitlc=\"NPFIT:HL7:Localisation\">"
                + payload.substring(payload.indexOf("<effectiveTime value=\"20240312101502+0000\"/>"),
                payload.indexOf("</CP-ISNHSQueryResponse>")) + "</CP-ISNHSQueryResponse>";
        byte[] bare = payload.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> codec.decode(bare)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("CPIS-C005").hasMessageContaining("got CP-ISNHSQueryResponse");
    }
}
