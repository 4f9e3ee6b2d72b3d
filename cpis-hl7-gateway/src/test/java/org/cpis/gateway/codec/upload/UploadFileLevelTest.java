package org.cpis.gateway.codec.upload;

import org.cpis.gateway.codec.GoldenFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.upload.UploadFile;
import org.cpis.core.upload.UploadRecord;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Files that cannot be read as a whole, the adapter to the core, and what the upload encoder refuses. */
class UploadFileLevelTest {

    private static final String FIVE_CHILDREN = UploadCodecTest.FIVE_CHILDREN;

    final UploadDecoder decoder = decoder();

    /** The decoder under test: the fast path here, the stylesheet path in {@link UploadFileLevelStylesheetTest}. */
    UploadDecoder decoder() {
        return new UploadDecoder();
    }

    private UnreadableUploadException unreadable(byte[] wire) {
        return assertThrows(UnreadableUploadException.class, () -> decoder.open(new ByteArrayInputStream(wire)).close());
    }

    private static byte[] edit(String from, String to) {
        return AcknowledgementCodecTest.edit(FIVE_CHILDREN, from, to);
    }

    @Test
    @DisplayName("CP-IS002, CPIS-C001: a file that is not XML is unreadable and its sequence id unknown (the answer carries id -1)")
    void notXml() {
        UnreadableUploadException e = unreadable("this is not xml".getBytes(StandardCharsets.UTF_8));
        assertThat(e.code()).isEqualTo("CPIS-C001");
        assertThat(e.sequenceIdRead()).isFalse();
        assertThat(e.sequenceId()).isEmpty();
    }

    @Test
    @DisplayName("CPIS-C002: another CP-IS message is not an upload")
    void wrongRoot() {
        UnreadableUploadException e = unreadable(GoldenFiles.bytes("la-acknowledgement/cpf02-successful.wire.xml"));
        assertThat(e.code()).isEqualTo("CPIS-C002");
        assertThat(e.problems().get(0).message()).contains("FileResponse");
    }

    @Test
    @DisplayName("CPIS-C003: a header breaking the schema makes the file unreadable; a sequence id read before is kept")
    void headerSchemaError() {
        UnreadableUploadException e = unreadable(edit("<transmissionQuantity value=\"5\"/>", ""));
        assertThat(e.code()).isEqualTo("CPIS-C003");
        assertThat(e.problems().get(0).message()).contains("transmissionQuantity");
        assertThat(e.sequenceId()).contains("1042");
        UnreadableUploadException noId = unreadable(edit("<id extension=\"1042\"/>", ""));
        assertThat(noId.code()).isEqualTo("CPIS-C003");
        assertThat(noId.sequenceIdRead()).isFalse();
        UnreadableUploadException telecom = unreadable(edit("tel:01632960999", "01632960999"));
        assertThat(telecom.problems().get(0).path()).isEqualTo("/File/communicationFunctionSnd/organisation/telecom");
    }

    @Test
    @DisplayName("CPIS-C011: an unreal creation time makes the file unreadable, with its sequence id")
    void unrealCreationTime() {
        UnreadableUploadException e = unreadable(edit("20240312180000+0000", "20240332180000+0000"));
        assertThat(e.code()).isEqualTo("CPIS-C011");
        assertThat(e.sequenceId()).contains("1042");
    }

    @Test
    @DisplayName("CPIS-C004: a DOCTYPE is refused before reading")
    void doctype() {
        String text = GoldenFiles.text(FIVE_CHILDREN).replace("<File ", "<!DOCTYPE File [<!ENTITY x \"y\">]>\n<File ");
        assertThat(unreadable(text.getBytes(StandardCharsets.UTF_8)).code()).isEqualTo("CPIS-C004");
    }

    @Test
    @DisplayName("CPIS-C001: a file cut off after two records gives those two, then the iterator says the file is unreadable")
    void truncated() {
        String text = GoldenFiles.text(FIVE_CHILDREN);
        int cut = text.indexOf("<record>", text.indexOf("9990000026")) + 40;
        List<DecodedRecord> read = new ArrayList<>();
        try (UploadReader reader = decoder.open(new ByteArrayInputStream(text.substring(0, cut).getBytes(StandardCharsets.UTF_8)))) {
            Iterator<DecodedRecord> records = reader.iterator();
            UnreadableUploadException e = assertThrows(UnreadableUploadException.class, () -> records.forEachRemaining(read::add));
            assertThat(e.code()).isEqualTo("CPIS-C001");
            assertThat(e.sequenceId()).contains("1042");
        }
        assertThat(read).extracting(DecodedRecord::position).containsExactly(1, 2);
    }

    @Test
    @DisplayName("CPIS-C003: anything but records after the header makes the file unreadable")
    void elementAfterRecords() {
        byte[] wire = edit("</File>", "<transmissionQuantity value=\"5\"/></File>");
        try (UploadReader reader = decoder.open(new ByteArrayInputStream(wire))) {
            UnreadableUploadException e = assertThrows(UnreadableUploadException.class, () -> reader.forEach(r -> { }));
            assertThat(e.code()).isEqualTo("CPIS-C003");
            assertThat(e.problems().get(0).path()).isEqualTo("/File/transmissionQuantity");
        }
    }

    @Test
    @DisplayName("A file without records has a readable header and no records (the core refuses it with CPFD03); the count is off")
    void noRecords() {
        String text = GoldenFiles.text(FIVE_CHILDREN);
        byte[] wire = (text.substring(0, text.indexOf("  <record>")) + "</File>\n").getBytes(StandardCharsets.UTF_8);
        try (UploadReader reader = decoder.open(new ByteArrayInputStream(wire))) {
            assertThat(reader.iterator().hasNext()).isFalse();
            assertThat(reader.recordCountProblem()).hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("CPIS-C014"));
        }
    }

    @Test
    @DisplayName("The records of an upload are read once")
    void readOnce() {
        try (UploadReader reader = decoder.open(new ByteArrayInputStream(GoldenFiles.bytes(FIVE_CHILDREN)))) {
            reader.iterator();
            assertThrows(IllegalStateException.class, reader::iterator);
        }
    }

    @Test
    @DisplayName("The adapter streams records to the core, each decoded only when pulled; refused ones reach the listener")
    void adapter() {
        byte[] wire = edit("20150412", "20150431");
        List<RecordProblem> problems = new ArrayList<>();
        try (UploadReader reader = decoder.open(new ByteArrayInputStream(wire))) {
            UploadFile file = StreamedUploadFile.of(reader, "sha256:abc", problems::add);
            assertThat(file.sequenceId()).isEqualTo("1042");
            assertThat(file.declaredRecordCount()).isEqualTo(5);
            assertThat(file.sender()).isEqualTo(UploadCodecTest.WESTSHIRE);
            assertThat(file.contentHash()).isEqualTo("sha256:abc");
            Iterator<UploadRecord> records = file.records().iterator();
            assertThat(reader.recordsRead()).isZero();
            UploadRecord first = records.next();
            assertThat(reader.recordsRead()).isEqualTo(1);
            assertThat(first.birthDate()).isNull();
            assertThat(problems).singleElement().extracting(RecordProblem::position).isEqualTo(1);
            records.forEachRemaining(r -> { });
            assertThat(reader.recordsRead()).isEqualTo(5);
        }
    }

    @Test
    @DisplayName("The upload encoder refuses what it cannot write whole: a UCPP without due date, a child's birth date without names, a bad phone")
    void encoderRefuses() {
        UploadEncoder encoder = new UploadEncoder();
        UploadRecord child = UploadCodecTest.fiveChildren().get(0);
        UploadRecord ucppWithoutEnd = new UploadRecord(1, SubjectKind.UNBORN_CHILD, "9990000034", null,
                new PersonName("Grace", "Wilson"), null, List.of(new Plan(PlanType.UCPP, child.plans().get(0).start(), null, null)));
        UploadRecord birthDateOnly = new UploadRecord(1, SubjectKind.CHILD, "9990000018", null, new PersonName(null, null),
                child.birthDate(), child.plans());
        assertThat(assertThrows(IllegalArgumentException.class, () -> encoder.encode(file(ucppWithoutEnd, UploadCodecTest.WESTSHIRE))))
                .hasMessageContaining("record 1").hasMessageContaining("UCPP has no end date");
        assertThat(assertThrows(IllegalArgumentException.class, () -> encoder.encode(file(birthDateOnly, UploadCodecTest.WESTSHIRE))))
                .hasMessageContaining("birth date and names");
        UploadedLocalAuthority badPhone = new UploadedLocalAuthority("X09", "WESTSHIRE", "call us", null);
        assertThat(assertThrows(IllegalArgumentException.class, () -> encoder.encode(file(child, badPhone))))
                .hasMessageContaining("emergency duty telephone number");
    }

    private static UploadFile file(UploadRecord record, UploadedLocalAuthority la) {
        return new UploadFile("9", Instant.parse("2024-03-12T18:00:00Z"), 1, la, List.of(record), "h");
    }
}
