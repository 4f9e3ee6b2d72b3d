package org.cpis.gateway.codec.response;

import org.cpis.gateway.codec.GoldenFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cpis.gateway.codec.ControlAct;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.TransmissionHeader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QueryActFailedCodecTest {

    private static final UUID QUERY_MESSAGE = UUID.fromString("3325D22C-385A-4ADC-AA02-88E074403A17");

    private final QueryActFailedCodec codec = new QueryActFailedCodec();

    static QueryActFailedMessage notFound() {
        return QueryActFailedMessage.nhsNumberNotFound(
                TransmissionHeader.live(UUID.fromString("745B0891-1499-45BD-9CA6-2BCC0BB80489"),
                        Instant.parse("2024-03-12T10:15:02Z"), QueryActFailedMessage.INTERACTION, List.of("200000000123"),
                        GoldenResponses.CP_IS_ASID),
                QUERY_MESSAGE, new ControlAct(List.of(GoldenResponses.CP_IS_ASID), null));
    }

    @Test
    @DisplayName("CP-IS015: the negative trace is Spine's 'NHS Number Not Found' (golden, schema-valid)")
    void encodesNotFound() {
        byte[] wire = codec.encode(notFound());
        GoldenFiles.assertSchemaValid(wire);
        GoldenFiles.assertSameXml(GoldenFiles.bytes("query-act-failed/nhs-number-not-found.wire.xml"), wire);
    }

    @Test
    @DisplayName("The negative trace inside Spine's outer CP-ISNHSQueryResponse (golden, schema-valid)")
    void encodesNotFoundInSpineEnvelope() {
        byte[] wire = codec.encodeEnvelope(notFound());
        GoldenFiles.assertSchemaValid(wire);
        GoldenFiles.assertSameXml(GoldenFiles.bytes("query-act-failed/spine-envelope.wire.xml"), wire);
    }

    @Test
    @DisplayName("Both golden forms decode to the 'NHS Number Not Found' message")
    void decodesGolden() {
        assertThat(codec.decode(GoldenFiles.bytes("query-act-failed/nhs-number-not-found.wire.xml"))).isEqualTo(notFound());
        QueryActFailedMessage m = codec.decode(GoldenFiles.bytes("query-act-failed/spine-envelope.wire.xml"));
        assertThat(m).isEqualTo(notFound());
        assertThat(m.acknowledgedMessageId()).isEqualTo(QUERY_MESSAGE);
        assertThat(m.reasons()).extracting(DetectedIssue::code).containsExactly("1", "NHSNCC002");
        assertThat(m.queryResponseCode()).isEqualTo("ID");
    }

    @Test
    @DisplayName("Round trip with acknowledgement details, a smartcard user and reasons with and without optional parts")
    void roundTrip() {
        QueryActFailedMessage m = new QueryActFailedMessage(notFound().header(), "AE", QUERY_MESSAGE,
                List.of(new AcknowledgementDetail("ER", "NHSNCC002", DetectedIssue.SPINE_CODE_SYSTEM, "NHS Number Not Found"),
                        new AcknowledgementDetail("IF", "X1", null, null)),
                new ControlAct(List.of(GoldenResponses.CP_IS_ASID, "200000000001"), new ControlAct.SdsPerson("RP1", "U1", "R0680")),
                List.of(DetectedIssue.spineError("NHSNCC002", "NHS Number Not Found"), new DetectedIssue("W1", null, null, null),
                        new DetectedIssue("W2", "2.16.840.1.113883.2.1.3.2.4.17.42", "Warning", "WG")),
                "NF");
        for (byte[] wire : new byte[][] {codec.encode(m), codec.encodeEnvelope(m)}) {
            GoldenFiles.assertSchemaValid(wire);
            assertThat(codec.decode(wire)).isEqualTo(m);
        }
    }

    @Test
    @DisplayName("CPIS-C011: a creationTime that is no real time is refused, naming the element")
    void creationTime() {
        String wire = GoldenFiles.text("query-act-failed/spine-envelope.wire.xml").replace("20240312101502+0000", "20241312101502+0000");
        assertThatThrownBy(() -> codec.decode(wire.getBytes(StandardCharsets.UTF_8))).isInstanceOf(DecodeException.class)
                .hasMessageContaining("CPIS-C011").hasMessageContaining("/CP-ISNHSQueryResponse/QUQI_IN010000UK14/creationTime");
    }

    @Test
    @DisplayName("CPIS-C005: a query response is not a query act failure")
    void wrongMessage() {
        assertThatThrownBy(() -> codec.decode(GoldenFiles.bytes("query-response/spine-envelope.wire.xml")))
                .isInstanceOf(DecodeException.class).hasMessageContaining("CPIS-C005")
                .hasMessageContaining("expected QUQI_IN010000UK14, got REPC_IN000007GB01");
    }

    @Test
    @DisplayName("A header of another interaction is refused when the message is built")
    void headerNamesTheInteraction() {
        TransmissionHeader other = TransmissionHeader.live(UUID.randomUUID(), Instant.now(), "MCCI_IN010000UK13", List.of("1"), "2");
        ControlAct act = new ControlAct(List.of("2"), null);
        assertThatThrownBy(() -> QueryActFailedMessage.nhsNumberNotFound(other, QUERY_MESSAGE, act))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("QUQI_IN010000UK14");
    }
}
