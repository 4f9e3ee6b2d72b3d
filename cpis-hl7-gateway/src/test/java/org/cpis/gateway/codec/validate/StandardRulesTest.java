package org.cpis.gateway.codec.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.cpis.gateway.codec.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The validator for integrators, over every message kind: golden messages pass, broken ones name their fault. */
class StandardRulesTest {

    private final MessageValidator validator = StandardRules.validator();

    private static byte[] golden(String path) throws IOException {
        try (InputStream in = StandardRulesTest.class.getResourceAsStream("/golden/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nhs-query/person-author.wire.xml", "nhs-query/device-author.wire.xml",
            "query-response/one-la-one-plan.wire.xml", "query-response/spine-envelope.wire.xml",
            "query-response/history-25.wire.xml", "query-act-failed/nhs-number-not-found.wire.xml",
            "query-act-failed/spine-envelope.wire.xml", "application-acknowledgement/business-error.wire.xml",
            "access-to-service/two-children.wire.xml", "access-to-service/empty.wire.xml",
            "inactive-nhs-number/several-subjects.wire.xml", "la-upload/five-children.wire.xml",
            "la-acknowledgement/cpf03-partial.wire.xml", "la-acknowledgement/cpf01-file-level-error.wire.xml"})
    @DisplayName("Every golden message of every kind is valid")
    void goldenMessagesAreValid(String path) throws IOException {
        ValidationReport report = validator.validate(path, golden(path));
        assertThat(report.problems()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    private ValidationReport broken(String path, String from, String to) throws IOException {
        String wire = new String(golden(path), StandardCharsets.UTF_8);
        assertThat(wire).contains(from);
        return validator.validate(path, wire.replaceFirst(java.util.regex.Pattern.quote(from), to)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("CP-IS048: a response whose access-record total does not match is CPIS-C024")
    void totals() throws IOException {
        String wire = new String(golden("query-response/one-la-one-plan.wire.xml"), StandardCharsets.UTF_8);
        int at = wire.indexOf("<pertinentTotalReturnedAccessRecords>");
        String value = wire.substring(at, wire.indexOf("/>", at));
        String changed = value.replaceFirst("value=\"(\\d+)\"", "value=\"99\"");
        ValidationReport r = validator.validate("r.xml", wire.replace(value, changed).getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).extracting(Problem::code).contains("CPIS-C024");
    }

    @Test
    @DisplayName("A notification with a bad NHS number is CPIS-C010, naming it")
    void notificationNhsNumber() throws IOException {
        ValidationReport r = broken("inactive-nhs-number/several-subjects.wire.xml", "extension=\"9990000034\"",
                "extension=\"9990000035\"");
        assertThat(r.problems()).extracting(Problem::code).contains("CPIS-C010");
        assertThat(r.unreadable()).isFalse();
    }

    @Test
    @DisplayName("Not XML is unreadable (CPIS-C001); an unknown root is CPIS-C002 naming the roots CP-IS knows")
    void unreadableAndUnknown() {
        ValidationReport junk = validator.validate("junk.xml", "not xml".getBytes(StandardCharsets.UTF_8));
        assertThat(junk.unreadable()).isTrue();
        assertThat(junk.problems().get(0).code()).isEqualTo("CPIS-C001");
        ValidationReport other = validator.validate("o.xml", "<Other xmlns='urn:hl7-org:v3'/>".getBytes(StandardCharsets.UTF_8));
        assertThat(other.problems().get(0).code()).isEqualTo("CPIS-C002");
        assertThat(other.problems().get(0).message()).contains("File").contains("QUPC_IN000006GB01");
    }

    @Test
    @DisplayName("A DOCTYPE is refused before reading (CPIS-C004) and counts as unreadable")
    void doctype() {
        ValidationReport r = validator.validate("d.xml",
                "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>".getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems().get(0).code()).isEqualTo("CPIS-C004");
        assertThat(r.unreadable()).isTrue();
    }

    @Test
    @DisplayName("CP-SC002 CP-IS002: an upload record with a mistyped NHS number is reported with the check CP-IS makes (CPRD03)")
    void uploadCheckDigit() throws IOException {
        ValidationReport r = broken("la-upload/five-children.wire.xml", "extension=\"9990000026\"", "extension=\"9990000027\"");
        assertThat(r.problems()).extracting(Problem::code).containsExactly("CPRD03");
        assertThat(r.problems().get(0).message()).startsWith("CPR04").contains("Modulus 11");
        assertThat(r.problems().get(0).path()).startsWith("/File/record");
    }

    @Test
    @DisplayName("CP-IS018: transmissionQuantity must equal the records sent")
    void uploadCount() throws IOException {
        ValidationReport r = broken("la-upload/five-children.wire.xml", "<transmissionQuantity value=\"5\"/>",
                "<transmissionQuantity value=\"6\"/>");
        assertThat(r.problems()).extracting(Problem::code).containsExactly("CPIS-C014");
    }

    @Test
    @DisplayName("An upload larger than the message limit is validated as a stream, record by record")
    void largeUploadStreams(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        String wire = new String(golden("la-upload/five-children.wire.xml"), StandardCharsets.UTF_8);
        int first = wire.indexOf("  <record>");
        int end = wire.lastIndexOf("</record>") + "</record>".length();
        String records = wire.substring(first, end);
        int copies = 2_000;
        StringBuilder big = new StringBuilder(wire.length() * copies / 4);
        big.append(wire, 0, first);
        for (int i = 0; i < copies; i++) {
            big.append(records).append('\n');
        }
        big.append(wire.substring(end));
        String text = big.toString().replace("<transmissionQuantity value=\"5\"/>",
                "<transmissionQuantity value=\"" + (5 * copies) + "\"/>");
        java.nio.file.Path file = dir.resolve("big-upload.xml");
        java.nio.file.Files.writeString(file, text);
        assertThat(java.nio.file.Files.size(file)).isGreaterThan(org.cpis.gateway.codec.xml.XmlLimits.MESSAGE.maxBytes());
        ValidationReport r = validator.validate(file);
        assertThat(r.message()).isEqualTo("File");
        assertThat(r.problems()).isEmpty();
    }
}
