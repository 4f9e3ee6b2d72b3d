package org.cpis.gateway.codec.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.WorkerName;
import org.cpis.core.query.NhsQuery;
import org.cpis.gateway.codec.ControlAct;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.TransmissionHeader;
import org.cpis.gateway.codec.WireReader;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

class NhsQueryCodecTest {

    final NhsQueryCodec codec = codec();

    /** The codec under test: the fast path here, the stylesheet path in {@link NhsQueryCodecStylesheetTest}. */
    NhsQueryCodec codec() {
        return new NhsQueryCodec();
    }

    static byte[] golden(String name) throws IOException {
        try (InputStream in = NhsQueryCodecTest.class.getResourceAsStream("/golden/nhs-query/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static Diff diff(byte[] expected, byte[] actual) {
        return DiffBuilder.compare(expected).withTest(actual).ignoreWhitespace().ignoreComments().checkForSimilar().build();
    }

    @Test
    @DisplayName("CP-NHS003: a person-authored query decodes to who, where, when and which NHS number")
    void decodesPersonAuthor() throws IOException {
        NhsQueryMessage m = codec.decode(golden("person-author.wire.xml"));
        assertThat(m.header().messageId()).isEqualTo(UUID.fromString("3325D22C-385A-4ADC-AA02-88E074403A17"));
        assertThat(m.header().creationTime()).isEqualTo(Instant.parse("2024-03-12T10:15:01Z"));
        assertThat(m.header().senderAsid()).isEqualTo("200000000123");
        assertThat(m.header().receiverAsids()).containsExactly("928942012545");
        assertThat(m.controlAct().authorAsids()).containsExactly("200000000123");
        assertThat(m.controlAct().person().userId()).isEqualTo("555123456789");
        NhsQuery q = m.query();
        assertThat(q.nhsNumber()).isEqualTo(NhsNumber.of("9990000018"));
        assertThat(q.queryTime()).isEqualTo(Instant.parse("2024-03-12T10:15:00Z"));
        assertThat(q.recordAccess()).isTrue();
        QueryAuthor.Person p = (QueryAuthor.Person) q.author();
        assertThat(p.sdsUserId()).isEqualTo("555123456789");
        assertThat(p.sdsRoleProfileId()).isEqualTo("555987654321");
        assertThat(p.role().roleIds()).containsExactly("R0050");
        assertThat(p.roleName()).isEqualTo("Consultant");
        assertThat(p.name().display()).isEqualTo("Dr Jane Elizabeth Doe");
        assertThat(p.organisation()).isEqualTo(new Organisation(OdsCode.of("RX1"), "EXAMPLE UNIVERSITY HOSPITALS NHS TRUST"));
    }

    @Test
    @DisplayName("A device-authored query decodes to the system and its responsible person")
    void decodesDeviceAuthor() throws IOException {
        QueryAuthor.System s = (QueryAuthor.System) codec.decode(golden("device-author.wire.xml")).query().author();
        assertThat(s.asid()).isEqualTo(Asid.of("200000000123"));
        assertThat(s.responsiblePerson().display()).isEqualTo("Sam Patel");
        assertThat(s.responsibleRole().value()).isEqualTo("NR0050");
    }

    @Test
    @DisplayName("Patch D silent read: accessEventType false decodes to a query that records no access")
    void silentRead() throws IOException {
        assertThat(codec.decode(golden("silent-read.wire.xml")).query().recordAccess()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"person-author.wire.xml", "device-author.wire.xml", "silent-read.wire.xml"})
    @DisplayName("Golden: wire -> domain -> wire gives the same message (order significant, whitespace ignored)")
    void reEncodesGolden(String name) throws IOException {
        byte[] wire = golden(name);
        byte[] again = codec.encode(codec.decode(wire));
        Diff d = diff(wire, again);
        assertThat(d.hasDifferences()).as(d.toString() + "\n" + new String(again, StandardCharsets.UTF_8)).isFalse();
    }

    @Test
    @DisplayName("Round trip: domain -> wire (schema-valid) -> domain is equal")
    void roundTrip() {
        NhsQueryMessage m = new NhsQueryMessage(
                TransmissionHeader.live(UUID.fromString("0F0F0F0F-1111-2222-3333-444455556666"),
                        Instant.parse("2026-03-01T10:00:00Z"), NhsQueryMessage.INTERACTION, List.of("928942012545"),
                        "200000000001"),
                new ControlAct(List.of("200000000001"), null),
                new NhsQuery(UUID.fromString("ABCDEF01-1111-2222-3333-444455556666"), NhsNumber.of("9990000034"),
                        Instant.parse("2026-03-01T09:59:59Z"),
                        new QueryAuthor.System(Asid.of("200000000001"), new Organisation(OdsCode.of("RX9"), "AMBULANCE"),
                                null, null, null), true));
        byte[] wire = codec.encode(m);
        assertThat(new WireReader().read(wire, "rt.xml", XmlLimits.MESSAGE).problems()).isEmpty();
        assertThat(codec.decode(wire)).isEqualTo(m);
        NhsQueryMessage person = new NhsQueryMessage(m.header(), new ControlAct(List.of("200000000001"),
                new ControlAct.SdsPerson("RP1", "U1", "S0030:G0100:R0680")),
                new NhsQuery(m.query().queryId(), m.query().nhsNumber(), m.query().queryTime(),
                        new QueryAuthor.Person("U1", null, JobRoleCode.of("S0030:G0100:R0680"), "Midwife",
                                new WorkerName(null, "Mo Jo", "Midwife", "RN"), new Organisation(OdsCode.of("RX1"), "TRUST")),
                        false));
        assertThat(codec.decode(codec.encode(person))).isEqualTo(person);
    }

    @Test
    @DisplayName("CP-NHS001: an NHS number failing Modulus 11 is refused with CPIS-C010 and its path")
    void badNhsNumber() throws IOException {
        String wire = new String(golden("person-author.wire.xml"), StandardCharsets.UTF_8)
                .replace("extension=\"9990000018\"", "extension=\"9990000019\"");
        assertThatThrownBy(() -> codec.decode(wire.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("CPIS-C010").hasMessageContaining("person.NHSnumber");
    }

    @Test
    @DisplayName("A schema problem is reported with CPIS-C003, line and path; a wrong message type with CPIS-C005")
    void schemaAndWrongMessage() throws IOException {
        String wire = new String(golden("person-author.wire.xml"), StandardCharsets.UTF_8)
                .replace("<cP-ISNHSQuery>", "<cP-ISNHSQuery classCode=\"CACT\">");
        DecodeException e = org.junit.jupiter.api.Assertions.assertThrows(DecodeException.class,
                () -> codec.decode(wire.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.code()).isEqualTo("CPIS-C003");
        assertThat(e.problems().get(0).line()).isGreaterThan(1);
        assertThat(e.problems().get(0).path()).endsWith("cP-ISNHSQuery");
        byte[] other = ("<MCCI_IN010000UK13 xmlns='urn:hl7-org:v3'/>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> codec.decode(other)).isInstanceOf(DecodeException.class);
    }

    @Test
    @DisplayName("An impossible date (30 February) is CPIS-C011, not a crash")
    void impossibleDate() throws IOException {
        String wire = new String(golden("person-author.wire.xml"), StandardCharsets.UTF_8)
                .replace("<effectiveTime value=\"20240312101500+0000\"/>", "<effectiveTime value=\"20240230101500+0000\"/>");
        assertThatThrownBy(() -> codec.decode(wire.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DecodeException.class).hasMessageContaining("CPIS-C011");
    }

    @Test
    @DisplayName("A person author without an SDS user id is CPIS-C021 naming the id, not a crash")
    void missingUserId() throws IOException {
        String wire = new String(golden("person-author.wire.xml"), StandardCharsets.UTF_8)
                .replace("<id root=\"1.2.826.0.1285.0.2.0.65\" extension=\"555123456789\"/>\n              <id root=\"1.2.826.0.1285.0.2.0.67\"",
                        "<id nullFlavor=\"NI\"/>\n              <id root=\"1.2.826.0.1285.0.2.0.67\"");
        assertThat(wire).contains("nullFlavor");
        assertThatThrownBy(() -> codec.decode(wire.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DecodeException.class).hasMessageContaining("CPIS-C021").hasMessageContaining("SDS user id");
    }
}
