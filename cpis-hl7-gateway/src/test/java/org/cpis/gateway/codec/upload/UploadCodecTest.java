package org.cpis.gateway.codec.upload;

import org.cpis.gateway.codec.GoldenFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.upload.RecordDetail;
import org.cpis.core.upload.UploadFile;
import org.cpis.core.upload.UploadRecord;
import org.cpis.core.upload.UploadRecordChecks;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadCodecTest {

    private static final UploadRecordChecks CHECKS = new UploadRecordChecks();

    static final String FIVE_CHILDREN = "la-upload/five-children.wire.xml";
    static final UploadedLocalAuthority WESTSHIRE = new UploadedLocalAuthority("X09", "WESTSHIRE COUNTY COUNCIL",
            "01632960999", null);

    final UploadDecoder decoder = decoder();

    /** The decoder under test: the fast path here, the stylesheet path in {@link UploadCodecStylesheetTest}. */
    UploadDecoder decoder() {
        return new UploadDecoder();
    }
    private final UploadEncoder encoder = new UploadEncoder();

    static List<UploadRecord> fiveChildren() {
        return List.of(
                new UploadRecord(1, SubjectKind.CHILD, "9990000018", "C1001", new PersonName("Amelia", "Smith"),
                        LocalDate.of(2015, 4, 12), List.of(plan(PlanType.CPP, "2024-01-15T09:30", null, null))),
                new UploadRecord(2, SubjectKind.CHILD, "9990000026", "C1002", new PersonName("Oliver", "Jones"),
                        LocalDate.of(2012, 9, 30), List.of(plan(PlanType.LAC, "2022-01-10T09:00", "2023-12-31T00:00", null),
                        plan(PlanType.CPP, "2021-05-01T00:00", "2022-03-01T00:00", "2024-06-01T00:00"))),
                new UploadRecord(3, SubjectKind.UNBORN_CHILD, "9990000034", "M2001", new PersonName("Grace", "Wilson"),
                        LocalDate.of(2001, 7, 7), List.of(plan(PlanType.UCPP, "2023-10-01T00:00", "2024-02-29T00:00", null))),
                new UploadRecord(4, SubjectKind.CHILD, "9990000042", null, new PersonName("Noah", "Brown"),
                        LocalDate.of(2018, 1, 1), List.of(plan(PlanType.CPP, "2024-02-01T00:00", null, null),
                        plan(PlanType.LAC, "2024-02-05T00:00", null, null))),
                new UploadRecord(5, SubjectKind.CHILD, "9990000050", "C1005", new PersonName("Isla", "Taylor"),
                        LocalDate.of(2020, 2, 29), List.of(plan(PlanType.LAC, "2023-11-20T08:00", null, null))));
    }

    static Plan plan(PlanType type, String start, String end, String delete) {
        return new Plan(type, LocalDateTime.parse(start), end == null ? null : LocalDateTime.parse(end),
                delete == null ? null : LocalDateTime.parse(delete));
    }

    @Test
    @DisplayName("CP-IS001: a five-child upload decodes to its header and five good records, child and unborn")
    void decodesFiveChildren() {
        byte[] wire = GoldenFiles.bytes(FIVE_CHILDREN);
        try (UploadReader reader = decoder.open(new ByteArrayInputStream(wire))) {
            assertThat(reader.header()).isEqualTo(new UploadHeader("1042", Instant.parse("2024-03-12T18:00:00Z"), 5, WESTSHIRE));
            List<DecodedRecord> records = new ArrayList<>();
            reader.forEach(records::add);
            assertThat(records).containsExactlyElementsOf(fiveChildren().stream().map(GoodRecord::new).toList());
            assertThat(reader.recordCountProblem()).isEmpty();
        }
    }

    @Test
    @DisplayName("Golden: the five-child upload encodes to the golden wire file, which the File schema accepts")
    void encodesFiveChildren() {
        UploadFile file = new UploadFile("1042", Instant.parse("2024-03-12T18:00:00Z"), 5, WESTSHIRE, fiveChildren(), "h");
        byte[] wire = encoder.encode(file);
        GoldenFiles.assertSchemaValid(wire);
        GoldenFiles.assertSameXml(GoldenFiles.bytes(FIVE_CHILDREN), wire);
        assertThat(new String(wire, StandardCharsets.UTF_8)).doesNotContain("use=\"WP\"");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    @DisplayName("Round trip: upload -> wire (schema-valid) -> streamed decode gives the same header and records (200 seeds)")
    void roundTrip(int block) {
        for (int seed = block * 20; seed < block * 20 + 20; seed++) {
            UploadFile file = new UploadGenerator(seed).uploadFile();
            byte[] wire = encoder.encode(file);
            GoldenFiles.assertSchemaValid(wire);
            List<UploadRecord> records = new ArrayList<>();
            try (UploadReader reader = decoder.open(new ByteArrayInputStream(wire))) {
                assertThat(reader.header()).as("seed %d", seed).isEqualTo(
                        new UploadHeader(file.sequenceId(), file.createdAt(), file.declaredRecordCount(), file.sender()));
                for (DecodedRecord r : reader) {
                    assertThat(r).as("seed %d", seed).isInstanceOf(GoodRecord.class);
                    records.add(((GoodRecord) r).record());
                }
                assertThat(reader.recordCountProblem().isPresent()).isEqualTo(file.declaredRecordCount() != records.size());
            }
            assertThat(records).as("seed %d", seed).containsExactlyElementsOf(file.records());
        }
    }

    @Test
    @DisplayName("CP-IS002: one record breaking the schema in the middle of a file is refused alone (CPIS-C003 with its path); its neighbours decode")
    void schemaErrorInOneRecord() {
        byte[] wire = edit(FIVE_CHILDREN, "<CP-ISRecord>\n      <pertinentInformation>\n        <npfitlc:contentId root=\"2.16.840.1.113883.2.1.3.2.4.18.16\" extension=\"COCT_TP146102GB01",
                "<CP-ISRecord>\n      <code code=\"01\"/>\n      <pertinentInformation>\n        <npfitlc:contentId root=\"2.16.840.1.113883.2.1.3.2.4.18.16\" extension=\"COCT_TP146102GB01");
        List<DecodedRecord> records = DecodedRecords.all(decoder, wire);
        assertThat(records).hasSize(5);
        assertThat(records).filteredOn(r -> r instanceof GoodRecord).extracting(DecodedRecord::position)
                .containsExactly(1, 2, 4, 5);
        RecordProblem bad = (RecordProblem) records.get(2);
        assertThat(bad.problems()).first().satisfies(p -> {
            assertThat(p.code()).isEqualTo("CPIS-C003");
            assertThat(p.path()).startsWith("/File/record[3]/CP-ISRecord");
            assertThat(p.line()).isGreaterThan(90);
        });
        assertThat(bad.asRead().nhsNumber()).isEqualTo("9990000034");
        assertThat(bad.asRead().localId()).isEqualTo("M2001");
        UploadRecord forCore = StreamedUploadFile.forCore(bad, WESTSHIRE);
        assertThat(forCore.plans()).isEmpty();
        assertThat(CHECKS.firstFailure(forCore, WESTSHIRE)).contains(RecordDetail.NO_PLAN);
    }

    @Test
    @DisplayName("CPIS-C011: an unreal plan start date (30 February) refuses its record alone; the core refuses it as a missing start date")
    void unrealPlanDate() {
        byte[] wire = edit(FIVE_CHILDREN, "202402010000", "202402300000");
        List<DecodedRecord> records = DecodedRecords.all(decoder, wire);
        assertThat(records).filteredOn(r -> r instanceof GoodRecord).hasSize(4);
        RecordProblem bad = (RecordProblem) records.get(3);
        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("CPIS-C011");
            assertThat(p.message()).contains("202402300000");
            assertThat(p.path()).isEqualTo("/File/record[4]/CP-ISRecord/pertinentInformation"
                    + "/COCT_TP146101GB01.CPPInformation/component/cPPStartDate/value");
        });
        assertThat(CHECKS.firstFailure(StreamedUploadFile.forCore(bad, WESTSHIRE), WESTSHIRE))
                .contains(RecordDetail.START_DATE_MISSING);
    }

    @Test
    @DisplayName("CPIS-C011: an unreal end date of a CPP or LAC refuses the record; the core gets it without plans (CPRD09)")
    void unrealEndDate() {
        RecordProblem bad = (RecordProblem) DecodedRecords.all(decoder, edit(FIVE_CHILDREN, "202312310000", "202304310000")).get(1);
        assertThat(bad.problems()).singleElement().extracting(p -> p.code()).isEqualTo("CPIS-C011");
        assertThat(bad.asRead().plans().get(0).end()).isNull();
        assertThat(CHECKS.firstFailure(StreamedUploadFile.forCore(bad, WESTSHIRE), WESTSHIRE)).contains(RecordDetail.NO_PLAN);
    }

    @Test
    @DisplayName("CPIS-C011: an unreal birth date refuses the record; the core refuses it as a missing birth date (CPRD18)")
    void unrealBirthDate() {
        RecordProblem bad = (RecordProblem) DecodedRecords.all(decoder, edit(FIVE_CHILDREN, "20150412", "20150431")).get(0);
        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("CPIS-C011");
            assertThat(p.path()).endsWith("/COCT_TP145101GB01.Child/childPerson/birthTime");
        });
        assertThat(CHECKS.firstFailure(StreamedUploadFile.forCore(bad, WESTSHIRE), WESTSHIRE))
                .contains(RecordDetail.BIRTH_DATE_MISSING);
    }

    @Test
    @DisplayName("CPIS-C016: a contentId naming another template than the element that follows is refused (plan and subject)")
    void contentIdMismatch() {
        RecordProblem plan = (RecordProblem) DecodedRecords.all(decoder, edit(FIVE_CHILDREN,
                "extension=\"COCT_TP146101GB01#CPPInformation\"", "extension=\"COCT_TP146100GB01#LACInformation\"")).get(0);
        assertThat(plan.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("CPIS-C016");
            assertThat(p.path()).isEqualTo("/File/record[1]/CP-ISRecord/pertinentInformation/contentId");
        });
        assertThat(plan.asRead().plans()).extracting(Plan::type).containsExactly(PlanType.CPP);
        RecordProblem subject = (RecordProblem) DecodedRecords.all(decoder, edit(FIVE_CHILDREN,
                "extension=\"COCT_TP145100GB01#UnbornChild\"", "extension=\"COCT_TP145101GB01#Child\"")).get(2);
        assertThat(subject.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("CPIS-C016");
            assertThat(p.path()).isEqualTo("/File/record[3]/CP-ISRecord/subject/contentId");
        });
        assertThat(subject.asRead().subjectKind()).isEqualTo(SubjectKind.UNBORN_CHILD);
    }

    @Test
    @DisplayName("CPIS-C029: a record naming two subjects is refused; CPIS-C025: a subject with two NHS numbers is refused")
    void subjectsAndIds() {
        String child = "<subject>\n        <npfitlc:contentId root=\"2.16.840.1.113883.2.1.3.2.4.18.16\" extension=\"COCT_TP145101GB01#Child\"/>"
                + "<COCT_TP145101GB01.Child><id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000069\"/></COCT_TP145101GB01.Child></subject>";
        RecordProblem two = (RecordProblem) DecodedRecords.all(decoder, edit(FIVE_CHILDREN, "    </CP-ISRecord>",
                child + "\n    </CP-ISRecord>")).get(0);
        assertThat(two.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("CPIS-C029");
            assertThat(p.path()).isEqualTo("/File/record[1]/CP-ISRecord/subject[2]");
        });
        RecordProblem ids = (RecordProblem) DecodedRecords.all(decoder, edit(FIVE_CHILDREN, "extension=\"9990000042\"/>",
                "extension=\"9990000042\"/><id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000069\"/>")).get(3);
        assertThat(ids.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("CPIS-C025");
            assertThat(p.message()).contains("2 NHS numbers");
        });
        assertThat(ids.asRead().nhsNumber()).isEqualTo("9990000042");
    }

    @Test
    @DisplayName("CPIS-C014: transmissionQuantity other than the records in the file is reported once every record is read")
    void recordCount() {
        try (UploadReader reader = decoder.open(new ByteArrayInputStream(edit(FIVE_CHILDREN,
                "<transmissionQuantity value=\"5\"/>", "<transmissionQuantity value=\"6\"/>")))) {
            assertThatThrownBy(reader::recordCountProblem).isInstanceOf(IllegalStateException.class);
            reader.forEach(r -> assertThat(r).isInstanceOf(GoodRecord.class));
            assertThat(reader.recordCountProblem()).hasValueSatisfying(p -> {
                assertThat(p.code()).isEqualTo("CPIS-C014");
                assertThat(p.message()).contains("transmissionQuantity 6, records 5");
            });
        }
    }

    @Test
    @DisplayName("CP-IS002: rules the core decides (check digit, start after end, two plans of a type) pass the decoder; the core refuses them")
    void rulesLeftToTheCore() {
        String text = replaced(GoldenFiles.text(FIVE_CHILDREN), "extension=\"9990000018\"", "extension=\"9990000019\"");
        text = replaced(text, "202203010000", "202001010000");
        // record 4: its LAC becomes a second CPP
        int record4 = text.indexOf("<value value=\"202402050000\"");
        String tail = text.substring(text.lastIndexOf("<pertinentInformation>", record4))
                .replaceFirst("COCT_TP146100GB01#LACInformation", "COCT_TP146101GB01#CPPInformation")
                .replaceFirst("COCT_TP146100GB01.LACInformation>", "COCT_TP146101GB01.CPPInformation>")
                .replaceFirst("lACStartDate>", "cPPStartDate>").replaceFirst("lACStartDate>", "cPPStartDate>")
                .replaceFirst("COCT_TP146100GB01.LACInformation>", "COCT_TP146101GB01.CPPInformation>");
        text = text.substring(0, text.lastIndexOf("<pertinentInformation>", record4)) + tail;
        List<DecodedRecord> records = DecodedRecords.all(decoder, text.getBytes(StandardCharsets.UTF_8));
        assertThat(records).allSatisfy(r -> assertThat(r).isInstanceOf(GoodRecord.class));
        assertThat(CHECKS.firstFailure(((GoodRecord) records.get(0)).record(), WESTSHIRE)).contains(RecordDetail.NHS_NUMBER_CHECK_DIGIT);
        assertThat(CHECKS.firstFailure(((GoodRecord) records.get(1)).record(), WESTSHIRE)).contains(RecordDetail.START_AFTER_END);
        assertThat(CHECKS.firstFailure(((GoodRecord) records.get(3)).record(), WESTSHIRE)).contains(RecordDetail.DUPLICATE_PLAN_TYPE);
    }

    @Test
    @DisplayName("A child sent without childPerson (no names, no birth date) decodes; the core refuses it (CPRD18)")
    void childWithoutPerson() {
        String text = GoldenFiles.text(FIVE_CHILDREN);
        int start = text.indexOf("<childPerson>");
        int end = text.indexOf("</childPerson>") + "</childPerson>".length();
        UploadRecord r = ((GoodRecord) DecodedRecords.all(decoder, (text.substring(0, start) + text.substring(end))
                .getBytes(StandardCharsets.UTF_8)).get(0)).record();
        assertThat(r.name()).isEqualTo(new PersonName(null, null));
        assertThat(r.birthDate()).isNull();
        assertThat(CHECKS.firstFailure(r, WESTSHIRE)).contains(RecordDetail.BIRTH_DATE_MISSING);
    }

    private static byte[] edit(String golden, String from, String to) {
        return AcknowledgementCodecTest.edit(golden, from, to);
    }

    private static String replaced(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }
}
