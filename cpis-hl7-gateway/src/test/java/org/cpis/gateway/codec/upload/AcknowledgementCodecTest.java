package org.cpis.gateway.codec.upload;

import org.cpis.gateway.codec.GoldenFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.FileProblem;
import org.cpis.core.upload.RecordDetail;
import org.cpis.core.upload.RecordOutcome;
import org.cpis.core.upload.RecordResult;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.core.upload.UploadRecord;
import org.cpis.gateway.codec.DecodeException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AcknowledgementCodecTest {

    private static final String CPF03 = "la-acknowledgement/cpf03-partial.wire.xml";

    private final AcknowledgementEncoder encoder = new AcknowledgementEncoder();
    private final AcknowledgementDecoder decoder = new AcknowledgementDecoder();

    static Stream<Arguments> goldenCases() {
        return Stream.of(
                Arguments.of("cpf02-successful.wire.xml", (Supplier<UploadAcknowledgement>) AcknowledgementCases::successful),
                Arguments.of("cpf03-partial.wire.xml", (Supplier<UploadAcknowledgement>) AcknowledgementCases::partial),
                Arguments.of("cpf04-unsuccessful.wire.xml", (Supplier<UploadAcknowledgement>) AcknowledgementCases::unsuccessful),
                Arguments.of("cpf01-file-level-error.wire.xml", (Supplier<UploadAcknowledgement>) AcknowledgementCases::fileLevelError),
                Arguments.of("cpf05-pds-unavailable.wire.xml", (Supplier<UploadAcknowledgement>) AcknowledgementCases::pdsUnavailable));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    @DisplayName("CP-IS018, CP-IS019: an acknowledgement encodes to its golden file, schema-valid, in the schema's odd order")
    void encodesGolden(String golden, Supplier<UploadAcknowledgement> ack) {
        byte[] wire = encoder.encode(ack.get());
        GoldenFiles.assertSchemaValid(wire);
        GoldenFiles.assertSameXml(GoldenFiles.bytes("la-acknowledgement/" + golden), wire);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    @DisplayName("Golden: each acknowledgement file decodes to the received form of its domain acknowledgement")
    void decodesGolden(String golden, Supplier<UploadAcknowledgement> ack) {
        assertThat(decoder.decode(GoldenFiles.bytes("la-acknowledgement/" + golden)))
                .isEqualTo(ReceivedAcknowledgement.expectedFrom(ack.get()));
    }

    @Test
    @DisplayName("CP-IS017, CP-IS018: a partial upload's acknowledgement names each refused record by position, outcome, our detail and NHS number")
    void decodesMixedOutcomes() {
        ReceivedAcknowledgement ack = decoder.decode(GoldenFiles.bytes(CPF03));
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF03);
        assertThat(ack.sequenceId()).isEqualTo("1042");
        assertThat(ack.problem()).isNull();
        assertThat(ack.failedCount()).isEqualTo(3);
        assertThat(ack.successfulCount()).isEqualTo(2);
        assertThat(ack.records()).containsExactly(
                new ReceivedRecord(1, RecordOutcome.CPR06, null, "9990000018", "C1001"),
                new ReceivedRecord(2, RecordOutcome.CPR01, RecordDetail.PDS_NOT_FOUND, "9990000026", "C1002"),
                new ReceivedRecord(3, RecordOutcome.CPR03, RecordDetail.PDS_NOT_VERIFIED, "9990000034", "M2001"),
                new ReceivedRecord(4, RecordOutcome.CPR06, null, "9990000042", null),
                new ReceivedRecord(5, RecordOutcome.CPR07, RecordDetail.BIRTH_DATE_MISSING, "9990000050", "C1005"));
    }

    @Test
    @DisplayName("CP-IS019: a file-level error with an unreadable sequence id decodes to id -1, no count, and no file problem code")
    void decodesFileLevelError() {
        ReceivedAcknowledgement ack = decoder.decode(GoldenFiles.bytes("la-acknowledgement/cpf01-file-level-error.wire.xml"));
        assertThat(ack.sequenceId()).isEqualTo("-1");
        assertThat(ack.recordsProcessed()).isEqualTo(-1);
        assertThat(ack.problem()).isNull();
        ReceivedAcknowledgement pds = decoder.decode(GoldenFiles.bytes("la-acknowledgement/cpf05-pds-unavailable.wire.xml"));
        assertThat(pds.problem()).isEqualTo(FileProblem.DEMOGRAPHICS_UNAVAILABLE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    @DisplayName("Round trip: acknowledgement -> wire (schema-valid) -> received form equals the one derived from the domain (200 seeds)")
    void roundTrip(int block) {
        for (int seed = block * 20; seed < block * 20 + 20; seed++) {
            UploadAcknowledgement ack = new UploadGenerator(seed).acknowledgement();
            byte[] wire = encoder.encode(ack);
            GoldenFiles.assertSchemaValid(wire);
            assertThat(decoder.decode(wire)).as("seed %d", seed).isEqualTo(ReceivedAcknowledgement.expectedFrom(ack));
        }
    }

    @Test
    @DisplayName("A refused record that cannot be returned (no plan with a start date) is left out; the others keep their place")
    void unreturnableRecord() {
        UploadRecord good = UploadCodecTest.fiveChildren().get(0);
        UploadRecord noStart = new UploadRecord(2, good.subjectKind(), "9990000026", null, good.name(), good.birthDate(),
                List.of(new Plan(PlanType.CPP, null, null, null)));
        UploadAcknowledgement ack = new UploadAcknowledgement("5", AcknowledgementCases.WESTSHIRE,
                AcknowledgementCases.AT, FileOutcome.CPF03, null, 2,
                List.of(RecordResult.success(good), RecordResult.failure(noStart, RecordDetail.START_DATE_MISSING)));
        byte[] wire = encoder.encode(ack);
        GoldenFiles.assertSchemaValid(wire);
        assertThat(new String(wire, StandardCharsets.UTF_8)).containsOnlyOnce("<message>");
        ReceivedAcknowledgement received = decoder.decode(wire);
        assertThat(received.records()).containsExactly(
                new ReceivedRecord(2, RecordOutcome.CPR07, RecordDetail.START_DATE_MISSING, null, null));
        assertThat(received).isEqualTo(ReceivedAcknowledgement.expectedFrom(ack));
    }

    @Test
    @DisplayName("CPIS-C019: a file outcome whose display name is not the vocabulary's is refused")
    void fileDisplayName() {
        assertProblem(edit(CPF03, "displayName=\"Partial File Upload\"", "displayName=\"Successful File Upload\""),
                "CPIS-C019", "acknowledgementFileDetail");
    }

    @Test
    @DisplayName("CPIS-C019: a record outcome whose display name is not the vocabulary's is refused; CPR07's 'Unsucessful' spelling is read")
    void recordDisplayName() {
        assertProblem(edit(CPF03, "displayName=\"PDS Error - No Match Found for NHS Number\"", "displayName=\"No match\""),
                "CPIS-C019", "acknowledgementRecordDetail");
        ReceivedAcknowledgement ack = decoder.decode(edit(CPF03, "displayName=\"Unsuccessful Record Upload\"",
                "displayName=\"Unsucessful Record Upload\""));
        assertThat(ack.records().get(4).outcome()).isEqualTo(RecordOutcome.CPR07);
    }

    @Test
    @DisplayName("CPIS-C017: a record outcome with another code system is refused")
    void recordCodeSystem() {
        assertProblem(edit(CPF03, "codeSystem=\"2.16.840.1.113883.2.1.3.2.4.17.473\"",
                "codeSystem=\"2.16.840.1.113883.2.1.3.2.4.17.474\""), "CPIS-C017", "code");
    }

    @Test
    @DisplayName("CPIS-C021: a location that is not the XPath of an upload record is refused")
    void badLocation() {
        assertProblem(edit(CPF03, "<location>/File/record[3]</location>", "<location>record three</location>"),
                "CPIS-C021", "location");
    }

    @Test
    @DisplayName("CPIS-C021: our detail code must be one of ours and go with its record outcome")
    void detailCode() {
        assertProblem(edit(CPF03, "code=\"CPRD19\"", "code=\"CPRD99\""), "CPIS-C021", "translation");
        assertProblem(edit(CPF03, "code=\"CPRD19\"", "code=\"CPRD20\""), "CPIS-C021", "translation");
    }

    @Test
    @DisplayName("CPIS-C015: failed + successful must equal the records processed, and failed the refused records")
    void counts() {
        assertProblem(edit(CPF03, "<value value=\"2\"/>\n   </successfulReturnedCP-ISRecords>",
                "<value value=\"1\"/>\n   </successfulReturnedCP-ISRecords>"), "CPIS-C015", "transmissionQuantity");
        assertProblem(edit(CPF03, "<value value=\"3\"/>\n   </failedReturnedCP-ISRecords>",
                "<value value=\"2\"/>\n   </failedReturnedCP-ISRecords>"), "CPIS-C015", "failedReturnedCP-ISRecords");
    }

    @Test
    @DisplayName("CPIS-C015: the file outcome must follow from the counts, and a refused record is not returned as valid")
    void outcomeAndReturnedRecords() {
        assertProblem(edit(CPF03, "code=\"CPF03\" displayName=\"Partial File Upload\"",
                "code=\"CPF02\" displayName=\"Successful File Upload\""), "CPIS-C015", "acknowledgementFileDetail");
        assertProblem(edit(CPF03, "<location>/File/record[2]</location>", "<location>/File/record[1]</location>"),
                "CPIS-C015", "message");
    }

    @Test
    @DisplayName("CPIS-C016: a returned record's contentId must name the template that follows it")
    void returnedContentId() {
        assertProblem(edit(CPF03, "extension=\"COCT_TP146102GB01#UCPInformation\"",
                "extension=\"COCT_TP146101GB01#CPPInformation\""), "CPIS-C016", "invalidCP-ISRecord");
    }

    @Test
    @DisplayName("Another message is refused with CPIS-C005; an unreal creation time with CPIS-C011")
    void wrongMessageAndTime() {
        byte[] upload = GoldenFiles.bytes(UploadCodecTest.FIVE_CHILDREN);
        assertThat(assertThrows(DecodeException.class, () -> decoder.decode(upload)).code()).isEqualTo("CPIS-C005");
        assertProblem(edit(CPF03, "20240312180509+0000", "20240230180509+0000"), "CPIS-C011", "creationTime");
    }

    @Test
    @DisplayName("An acknowledgement is addressed to a known LA: no ODS code is an encoding error, not a bad message")
    void recipientNeeded() {
        UploadAcknowledgement ack = new UploadAcknowledgement("-1",
                new org.cpis.core.upload.UploadedLocalAuthority(null, null, null, null), AcknowledgementCases.AT,
                FileOutcome.CPF01, FileProblem.UNREADABLE, -1, List.of());
        assertThat(assertThrows(IllegalArgumentException.class, () -> encoder.encode(ack))).hasMessageContaining("ODS code");
    }

    /** The golden file with the first occurrence of {@code from} replaced. */
    static byte[] edit(String golden, String from, String to) {
        String text = GoldenFiles.text(golden);
        assertThat(text).contains(from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8);
    }

    private void assertProblem(byte[] wire, String code, String pathPart) {
        DecodeException e = assertThrows(DecodeException.class, () -> decoder.decode(wire));
        assertThat(e.problems()).as(e.getMessage()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.path()).contains(pathPart);
        });
    }
}
