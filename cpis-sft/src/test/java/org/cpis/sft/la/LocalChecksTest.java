package org.cpis.sft.la;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.NHS_BAD_CHECK_DIGIT;
import static org.cpis.core.testing.Fixtures.NHS_C;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cpis.core.upload.UploadRecord;
import org.cpis.sft.la.build.BuildReport;
import org.cpis.sft.la.build.ChildChange;
import org.cpis.sft.la.state.FileStatus;
import org.cpis.sft.la.state.UploadFileEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local checks before sending (LA-SIDE-BEHAVIOUR.md; CP-SC002, CP-SC011-013), in the words a social care
 * administrator reads: each names the child's local id and what to fix.
 */
class LocalChecksTest {

    private static final ExportRow AMY = ExportRow.child("1001", NHS_A, "Amy", "Adams", "2015-05-20").cpp("2025-09-01");

    @TempDir
    Path temp;

    private LaFixture la;

    @BeforeEach
    void anLa() {
        la = new LaFixture(temp, "2026-03-02T10:00:00Z");
    }

    private List<String> problems(BuildReport report) {
        return report.findings().stream().filter(Finding::isProblem).map(Finding::describe).toList();
    }

    @Test
    @DisplayName("CP-SC012: an unborn child without the mother's NHS number is held back: \"Mother's NHS number is missing for unborn child 12345\"")
    void mothersNhsNumberMissing() {
        BuildReport report = la.build(AMY,
                ExportRow.unborn("12345", "2026-09-30", null, "Mary", "Clark", "1995-02-03").ucpp("2026-01-15"));

        assertThat(problems(report)).containsExactly("CPIS-L020 Mother's NHS number is missing for unborn child 12345");
        assertThat(la.onlyFileRecords(report)).as("the other children still go").extracting(UploadRecord::localId)
                .containsExactly("1001");
        assertThat(report.count(ChildChange.PROBLEM)).isEqualTo(1);
    }

    @Test
    @DisplayName("A child sent before whose NHS number is blanked in the export is held back, and what CP-IS holds stays")
    void numberBlankedAfterSending() {
        ExportRow unborn = ExportRow.unborn("12345", "2026-09-30", NHS_C, "Mary", "Clark", "1995-02-03").ucpp("2026-01-15");
        la.build(AMY, unborn);

        BuildReport report = la.build(AMY, unborn.with("mother_nhs_number", null));

        assertThat(problems(report)).containsExactly("CPIS-L020 Mother's NHS number is missing for unborn child 12345");
        assertThat(report.files()).isEmpty();
        assertThat(la.savedState().child("12345").orElseThrow().records()).singleElement()
                .satisfies(r -> assertThat(r.nhsNumber()).isEqualTo(NHS_C));
    }

    @Test
    @DisplayName("CP-SC012: the mother's date of birth, given and family name are each named when missing")
    void mothersDetailsMissing() {
        BuildReport report = la.build(ExportRow.unborn("12346", "2026-09-30", NHS_C, null, null, null).ucpp("2026-01-15"));

        assertThat(problems(report)).containsExactly(
                "CPIS-L022 Mother's date of birth is missing for unborn child 12346",
                "CPIS-L023 Mother's given name is missing for unborn child 12346",
                "CPIS-L024 Mother's family name is missing for unborn child 12346");
        assertThat(report.files()).isEmpty();
    }

    @Test
    @DisplayName("A born child needs date of birth, NHS number and given name")
    void bornChildDetailsMissing() {
        BuildReport report = la.build(ExportRow.child("2001", null, null, "Adams", null).cpp("2025-09-01"));

        assertThat(problems(report)).containsExactly(
                "CPIS-L020 NHS number is missing for child 2001",
                "CPIS-L022 Date of birth is missing for child 2001",
                "CPIS-L023 Given name is missing for child 2001");
    }

    @Test
    @DisplayName("CP-SC002: an NHS number failing Modulus 11 is named in the 3 3 4 form")
    void nhsNumberCheckDigit() {
        BuildReport report = la.build(ExportRow.child("2002", NHS_BAD_CHECK_DIGIT, "Bo", "Bell", "2014-04-04").cpp("2025-09-01"));

        assertThat(problems(report)).containsExactly("CPIS-L021 NHS number '999 000 0019' of child 2002 is not a valid"
                + " NHS number (10 digits, the last a Modulus 11 check digit): correct it");
    }

    @Test
    @DisplayName("An unborn child whose due date has passed is treated as born, and the message says so")
    void dueDatePassed() {
        BuildReport report = la.build(
                ExportRow.unborn("2003", "2026-02-01", NHS_C, "Mary", "Clark", "1995-02-03").ucpp("2026-01-15"));

        assertThat(problems(report)).containsExactly("CPIS-L022 Date of birth is missing for child 2003 (the due date"
                + " 01/02/2026 has passed, so the child is treated as born: record the baby's NHS number, name and date"
                + " of birth)");
    }

    @Test
    @DisplayName("Every record: a plan start date; a start not after the end; a UCPP with its due date")
    void planDates() {
        ExportRow noStart = ExportRow.child("2004", NHS_A, "Amy", "Adams", "2015-05-20").plan("CPP", null);
        ExportRow backwards = ExportRow.child("2005", NHS_B, "Ben", "Brown", "2012-01-31").cpp("2026-02-01")
                .with("plan_end_date", "2026-01-01");
        ExportRow noDueDate = ExportRow.unborn("2006", null, NHS_C, "Mary", "Clark", "1995-02-03").ucpp("2026-01-15")
                .with("due_date", null);

        BuildReport report = la.build(noStart, backwards, noDueDate);

        assertThat(problems(report)).contains(
                "CPIS-L025 The Child Protection Plan of child 2004 has no start date",
                "CPIS-L026 The Child Protection Plan of child 2005 starts after it ends (start 01/02/2026, end"
                        + " 01/01/2026): correct the dates");
        assertThat(problems(report)).contains("CPIS-L027 Expected due date is missing for unborn child 2006 (it is the"
                + " end date of the Unborn Child Protection Plan): record it, or the date of birth if the child is born");
        assertThat(report.files()).isEmpty();
    }

    @Test
    @DisplayName("CP-SC011: cpis la check finds a hand-edited file's broken NHS number, names the child, and the file is never sent")
    void checkOfAnEditedFile() throws Exception {
        BuildReport report = la.build(AMY);
        UploadFileEntry file = report.files().get(0);
        assertThat(file.status()).isEqualTo(FileStatus.CREATED);
        Path path = la.uploadFile(file);
        Files.writeString(path, Files.readString(path).replace(NHS_A, NHS_BAD_CHECK_DIGIT));

        List<CheckOutcome> outcomes = la.client().check(List.of(file.sequenceId()));

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(FileStatus.VALIDATION_FAILURE);
            assertThat(o.check().findings()).extracting(c -> c.describe()).contains("CPIS-L021 NHS number '999 000 0019'"
                    + " of child 1001 is not a valid NHS number (10 digits, the last a Modulus 11 check digit): correct it");
        });
        assertThat(la.client().status()).singleElement().satisfies(line -> {
            assertThat(line.file().status()).isEqualTo(FileStatus.VALIDATION_FAILURE);
            assertThat(line.due()).as("never sent").isFalse();
        });
        assertThat(la.client().send().sent()).isEmpty();
        assertThat(la.savedState().child("1001").orElseThrow().resend())
                .as("the child goes again with the next build").isTrue();
        assertThat(la.onlyFileRecords(la.build(AMY))).extracting(UploadRecord::localId).containsExactly("1001");
    }

    @Test
    @DisplayName("cpis la check --all passes the files build wrote; an unknown file name is CPIS-L009")
    void checkAll() {
        la.build(AMY);

        assertThat(la.client().checkAll()).singleElement().satisfies(o -> assertThat(o.check().passed()).isTrue());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> la.client().check(List.of("77")))
                .hasMessageStartingWith("CPIS-L009 no upload file '77'");
    }

    @Test
    @DisplayName("cpis la check on a file that is not an upload at all says so")
    void checkOfNotAnUpload() throws Exception {
        Path junk = temp.resolve("junk.xml");
        Files.writeString(junk, "<hello/>");

        List<CheckOutcome> outcomes = la.client().check(List.of(junk.toString()));

        assertThat(outcomes.get(0).check().passed()).isFalse();
        assertThat(outcomes.get(0).check().findings().get(0).describe()).startsWith("CPIS-L032 File junk.xml is not a"
                + " readable CP-IS upload");
    }
}
