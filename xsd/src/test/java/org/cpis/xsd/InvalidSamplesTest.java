package org.cpis.xsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample under samples/invalid is a valid sample broken in exactly one way (its first
 * comment says how). It must fail validation against the entry schema its root selects, and the
 * validator's messages must name the offending element, attribute or value.
 */
class InvalidSamplesTest {

    /** A broken sample and the words the validator's messages must contain (each in some message). */
    record Case(String file, List<String> mustMention) {
        static Case of(String file, String... mustMention) {
            return new Case(file, List.of(mustMention));
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static final List<Case> CASES = List.of(
            // --- LA Upload (File) ---
            Case.of("File_01_fixed-classCode-in-payload.xml", "Attribute 'classCode' is not allowed", "'CP-ISRecord'"),
            Case.of("File_02_templateId-sent.xml", "\"urn:hl7-org:v3\":templateId"),
            Case.of("File_03_fixed-code-on-plan.xml", "\"urn:hl7-org:v3\":code}", "component"),
            Case.of("File_04_fixed-typeCode-on-subject.xml", "Attribute 'typeCode' is not allowed", "'subject'"),
            Case.of("File_05_wrong-element-order.xml", "starting with element '{\"urn:hl7-org:v3\":id}'", "creationTime"),
            Case.of("File_06_plan-date-14-digits.xml", "'20140317000000'", "ts.NHS.DateType1"),
            Case.of("File_07_plan-date-with-offset.xml", "'201403170000+0000'"),
            Case.of("File_08_tel-with-spaces.xml", "'tel:01632 960123'", "'telecom'"),
            Case.of("File_09_unknown-organisation-root.xml", "'2.16.840.1.113883.2.1.3.2.4.19.3'", "OrganisationIdRoot"),
            Case.of("File_10_missing-transmissionQuantity.xml", "\"urn:hl7-org:v3\":transmissionQuantity"),
            Case.of("File_11_response-plan-template-in-upload-slot.xml",
                    "'COCT_TP146105GB01#CPPInformation'", "\"urn:hl7-org:v3\":COCT_TP146105GB01.CPPInformation"),
            Case.of("File_12_contentId-of-another-slot.xml", "'COCT_TP146101GB01#CPPInformation'", "NPFIT-100035"),
            Case.of("File_13_contentId-wrong-root.xml", "'2.16.840.1.113883.2.1.3.2.4.18.2'", "npfitlc:contentId"),
            Case.of("File_14_missing-contentId.xml", "\"NPFIT:HL7:Localisation\":contentId"),
            Case.of("File_15_child-name-with-prefix.xml", "\"urn:hl7-org:v3\":prefix"),
            Case.of("File_16_child-name-two-given.xml", "\"urn:hl7-org:v3\":given}", "family"),
            Case.of("File_17_unborn-plan-without-end-date.xml", "\"urn:hl7-org:v3\":component1"),
            Case.of("File_18_four-plans.xml", "'pertinentInformation' can occur a maximum of '3' times"),
            Case.of("File_19_three-telecoms.xml", "telecom' can occur a maximum of '2' times"),
            Case.of("File_20_person-id-unknown-root.xml", "'2.16.840.1.113883.2.1.3.2.4.18.23'", "PersonIdRoot"),
            Case.of("File_21_file-id-with-root.xml", "Attribute 'root' is not allowed to appear in element 'id'"),
            Case.of("File_22_birthTime-iso-format.xml", "'2015-04-12'", "'birthTime'"),
            Case.of("File_23_telecom-unknown-use.xml", "'MOBILE'"),
            // --- LA Acknowledgement Response (FileResponse) ---
            Case.of("FileResponse_01_CPF06-trailing-full-stop.xml", "is no longer supported.'", "'displayName'"),
            Case.of("FileResponse_02_CPF-codeSystem-sent.xml", "Attribute 'codeSystem' is not allowed"),
            Case.of("FileResponse_03_unknown-CPF-code.xml", "'CPF07'"),
            Case.of("FileResponse_04_missing-failedReturnedCP-ISRecords.xml", "\"urn:hl7-org:v3\":failedReturnedCP-ISRecords"),
            Case.of("FileResponse_05_message-after-successful-count.xml", "starting with element 'message'"),
            Case.of("FileResponse_06_record-detail-without-location.xml", "'acknowledgementRecordDetail'", "location"),
            Case.of("FileResponse_07_response-template-in-invalid-record.xml",
                    "'COCT_TP146103GB01#LACInformation'", "COCT_TP146103GB01.LACInformation"),
            // --- NHS Query payload ---
            Case.of("CP-ISQueryStub_01_lower-case-uuid.xml", "'39af0297-511d-4381-81c6-db38125e178b'", "uuid"),
            Case.of("CP-ISQueryStub_02_accessEventType-numeric.xml", "'0'", "'accessEventType'"),
            Case.of("CP-ISQueryStub_03_accessEventType-before-author.xml", "\"urn:hl7-org:v3\":accessEventType"),
            Case.of("CP-ISQueryStub_04_device-asid-11-digits.xml", "'20000000012'"),
            Case.of("CP-ISQueryStub_05_recipient-template-as-author.xml",
                    "'COCT_TP145103GB01#IntendedRecipient'", "COCT_TP145103GB01.IntendedRecipient"),
            Case.of("CP-ISQueryStub_06_NHSnumber-with-root.xml", "Attribute 'root' is not allowed to appear in element 'value'"),
            Case.of("CP-ISQueryStub_07_author-code-without-displayName.xml", "Attribute 'displayName' must appear on element 'code'"),
            Case.of("CP-ISQueryStub_08_fixed-moodCode-on-query.xml", "Attribute 'moodCode' is not allowed", "'cP-ISNHSQuery'"),
            // --- NHS Query interaction ---
            Case.of("QUPC_IN000006GB01_01_missing-author1.xml", "\"urn:hl7-org:v3\":author1"),
            Case.of("QUPC_IN000006GB01_02_interactionId-of-another-interaction.xml",
                    "'REPC_IN000007GB01'", "'interactionId'", "'QUPC_IN000006GB01'"),
            Case.of("QUPC_IN000006GB01_03_unknown-versionCode.xml", "'HL7V3-2008'", "'versionCode'"),
            Case.of("QUPC_IN000006GB01_04_wrong-fixed-typeCode.xml", "'SND'", "'communicationFunctionRcv'"),
            Case.of("QUPC_IN000006GB01_05_two-senders.xml", "\"urn:hl7-org:v3\":communicationFunctionSnd"),
            Case.of("QUPC_IN000006GB01_06_unknown-processingModeCode.xml", "'Z'", "'processingModeCode'"),
            Case.of("QUPC_IN000006GB01_07_three-author1.xml", "'author1' can occur a maximum of '2' times"),
            Case.of("QUPC_IN000006GB01_08_device-id-wrong-root.xml", "'1.2.826.0.1285.0.2.0.65'"),
            // --- NHS Query Response interaction and payload ---
            Case.of("REPC_IN000007GB01_01_ControlActEvent-without-classCode.xml",
                    "Attribute 'classCode' must appear on element 'ControlActEvent'"),
            Case.of("REPC_IN000007GB01_02_subject-without-typeCode.xml", "Attribute 'typeCode' must appear on element 'subject'"),
            Case.of("REPC_IN000007GB01_03_missing-queryAck.xml", "\"urn:hl7-org:v3\":queryAck"),
            Case.of("REPC_IN000007GB01_04_unknown-queryResponseCode.xml", "'YES'", "'queryResponseCode'"),
            Case.of("REPC_IN000007GB01_06_mother-without-playedMother.xml", "'parentMotherPerson'", "playedMother"),
            Case.of("CP-ISNHSQueryResponse_01_upload-template-in-response.xml",
                    "'COCT_TP146101GB01#CPPInformation'", "\"urn:hl7-org:v3\":COCT_TP146101GB01.CPPInformation"),
            Case.of("CP-ISNHSQueryResponse_02_missing-pertinentInformation14.xml", "\"urn:hl7-org:v3\":pertinentInformation14"),
            Case.of("CP-ISNHSQueryResponse_03_record-without-LA.xml", "\"urn:hl7-org:v3\":communicationFunctionSnd"),
            Case.of("CP-ISNHSQueryResponse_04_fixed-code-on-counter.xml", "\"urn:hl7-org:v3\":code}"),
            Case.of("spine-envelope_01_two-interactions.xml", "starting with element 'QUQI_IN010000UK14'"),
            Case.of("spine-envelope_02_lower-case-message-id.xml", "'b954c6d2-c460-4a63-a7f3-7f646ba0758d'"),
            // --- Query Act Failed / Application Acknowledgement ---
            Case.of("QUQI_IN010000UK14_01_with-subject.xml", "\"urn:hl7-org:v3\":subject}"),
            Case.of("QUQI_IN010000UK14_02_missing-acknowledgement.xml", "\"urn:hl7-org:v3\":acknowledgement}"),
            Case.of("QUQI_IN010000UK14_03_unknown-qualifier.xml", "'XX'", "'qualifier'"),
            Case.of("MCCI_IN010000UK13_01_unknown-acknowledgement-type.xml", "'AX'", "'acknowledgement'"),
            Case.of("MCCI_IN010000UK13_02_messageRef-lower-case-uuid.xml", "'3325d22c-385a-4adc-aa02-88e074403a17'"),
            // --- Notifications ---
            Case.of("CP-ISAccessToServiceNotification_01_missing-recipient.xml", "\"urn:hl7-org:v3\":primaryInformationRecipient"),
            Case.of("CP-ISAccessToServiceNotification_02_three-person-id-values.xml", "value' can occur a maximum of '2' times"),
            Case.of("CP-ISAccessToServiceNotification_03_fixed-code-TRR.xml", "\"urn:hl7-org:v3\":code}"),
            Case.of("CP-ISAccessToServiceNotification_04_missing-reference.xml", "'pertinentCP-ISRecordAccess'", "reference"),
            Case.of("CP-ISInactiveNHSNumberNotification_01_newVersion-with-root.xml",
                    "Attribute 'root' is not allowed to appear in element 'id'"),
            Case.of("CP-ISInactiveNHSNumberNotification_02_two-replacedBy.xml", "\"urn:hl7-org:v3\":replacedBy}"),
            Case.of("CP-ISInactiveNHSNumberNotification_03_no-subject.xml", "\"urn:hl7-org:v3\":subject}"));

    static Stream<Case> cases() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsNamingTheDefect(Case c) {
        Path sample = Xsd.moduleDir().resolve("src/test/resources/samples/invalid").resolve(c.file());
        assertThat(sample).exists();
        List<String> errors = Xsd.validateByRoot(sample);
        assertThat(errors).as("%s must not validate", c.file()).isNotEmpty();
        for (String word : c.mustMention()) {
            assertThat(errors).as("%s: some message mentions %s", c.file(), word).anyMatch(m -> m.contains(word));
        }
    }

    @Test
    void everyInvalidSampleHasAnExpectation() {
        List<String> files = Xsd.samples("invalid").stream().map(p -> p.getFileName().toString()).toList();
        assertThat(CASES).extracting(Case::file).containsExactlyInAnyOrderElementsOf(files);
    }
}
