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
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;
import org.cpis.gateway.codec.TransmissionHeader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApplicationAcknowledgementCodecTest {

    private static final UUID QUERY_MESSAGE = UUID.fromString("3325D22C-385A-4ADC-AA02-88E074403A17");
    private static final String QUERY = "/QUPC_IN000006GB01/ControlActEvent/subject/CP-ISQueryStub/cP-ISNHSQuery";
    private static final ControlAct CP_IS = new ControlAct(List.of(GoldenResponses.CP_IS_ASID), null);

    private final ApplicationAcknowledgementCodec codec = new ApplicationAcknowledgementCodec();

    private static TransmissionHeader header(String id, String receiver) {
        return TransmissionHeader.live(UUID.fromString(id), Instant.parse("2024-03-12T10:15:02Z"),
                ApplicationAcknowledgementMessage.INTERACTION, List.of(receiver), GoldenResponses.CP_IS_ASID);
    }

    static ApplicationAcknowledgementMessage businessError() {
        return ApplicationAcknowledgementMessage.businessRuleFailure(header("9CD6B5D7-7E45-4589-9145-4B14AF83F71E", "200000000123"),
                QUERY_MESSAGE, CP_IS, List.of(
                        Problem.at(ProblemCode.NHS_NUMBER, "'9990000019': NHS number fails the Modulus 11 check digit", 0, 0,
                                QUERY + "/queryByParameter/person.NHSnumber/value"),
                        Problem.at(ProblemCode.DATE, "'20240230101500+0000': Invalid date 'FEBRUARY 30'", 0, 0, QUERY)));
    }

    static ApplicationAcknowledgementMessage accessDenied() {
        return ApplicationAcknowledgementMessage.accessDenied(header("1A2B3C4D-5E6F-4A0B-8C1D-2E3F4A5B6C7D", "200000000999"),
                QUERY_MESSAGE, CP_IS, "the sending system 200000000999 is not allowed to query CP-IS");
    }

    @Test
    @DisplayName("A business-rule failure: AE, Spine's GE002, then each problem's CPIS-C code, message and path (golden)")
    void businessRuleFailure() {
        byte[] wire = codec.encode(businessError());
        GoldenFiles.assertSchemaValid(wire);
        GoldenFiles.assertSameXml(GoldenFiles.bytes("application-acknowledgement/business-error.wire.xml"), wire);
        ApplicationAcknowledgementMessage m = codec.decode(GoldenFiles.bytes("application-acknowledgement/business-error.wire.xml"));
        assertThat(m).isEqualTo(businessError());
        assertThat(m.reasons().get(1).displayName()).contains("person.NHSnumber/value", "Modulus 11");
    }

    @Test
    @DisplayName("Access denied: AE, Spine's GE002, then CPIS-A001 and why (golden)")
    void accessDeniedGolden() {
        byte[] wire = codec.encode(accessDenied());
        GoldenFiles.assertSchemaValid(wire);
        GoldenFiles.assertSameXml(GoldenFiles.bytes("application-acknowledgement/access-denied.wire.xml"), wire);
        ApplicationAcknowledgementMessage m = codec.decode(GoldenFiles.bytes("application-acknowledgement/access-denied.wire.xml"));
        assertThat(m).isEqualTo(accessDenied());
        assertThat(m.reasons()).extracting(DetectedIssue::code).containsExactly("GE002", "CPIS-A001");
    }

    @Test
    @DisplayName("Round trip: an acceptance with a detail and no control act; an error with a smartcard user")
    void roundTrip() {
        ApplicationAcknowledgementMessage accepted = new ApplicationAcknowledgementMessage(
                header("0A0B0C0D-1111-4222-8333-444455556666", "200000000123"), "AA", QUERY_MESSAGE,
                List.of(new AcknowledgementDetail("IF", "I1", null, "received")), null, List.of());
        ApplicationAcknowledgementMessage error = new ApplicationAcknowledgementMessage(accepted.header(), "AR", QUERY_MESSAGE,
                List.of(), new ControlAct(List.of("200000000001", "200000000002"), new ControlAct.SdsPerson("RP", "U", "R0050")),
                List.of(new DetectedIssue("X", null, null, null)));
        for (ApplicationAcknowledgementMessage m : List.of(accepted, error)) {
            byte[] wire = codec.encode(m);
            GoldenFiles.assertSchemaValid(wire);
            assertThat(codec.decode(wire)).isEqualTo(m);
        }
    }

    @Test
    @DisplayName("A failure names at least one problem; reasons need a control act")
    void refusesEmptyFailures() {
        TransmissionHeader h = businessError().header();
        assertThatThrownBy(() -> ApplicationAcknowledgementMessage.businessRuleFailure(h, QUERY_MESSAGE, CP_IS, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        List<DetectedIssue> reasons = List.of(ApplicationAcknowledgementMessage.SPINE_BUSINESS_ERROR);
        assertThatThrownBy(() -> new ApplicationAcknowledgementMessage(h, "AE", QUERY_MESSAGE, List.of(), null, reasons))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("control act");
    }

    @Test
    @DisplayName("CPIS-C011 for a creationTime that is no real time; CPIS-C005 for another interaction")
    void refusesBadMessages() {
        String wire = GoldenFiles.text("application-acknowledgement/access-denied.wire.xml").replace("20240312101502+0000", "20240312106002+0000");
        assertThatThrownBy(() -> codec.decode(wire.getBytes(StandardCharsets.UTF_8))).isInstanceOf(DecodeException.class)
                .hasMessageContaining("CPIS-C011").hasMessageContaining("/MCCI_IN010000UK13/creationTime");
        assertThatThrownBy(() -> codec.decode(GoldenFiles.bytes("query-act-failed/nhs-number-not-found.wire.xml")))
                .isInstanceOf(DecodeException.class).hasMessageContaining("CPIS-C005");
    }
}
