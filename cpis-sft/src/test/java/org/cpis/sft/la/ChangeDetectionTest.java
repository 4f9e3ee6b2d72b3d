package org.cpis.sft.la;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.NHS_C;
import static org.cpis.core.testing.Fixtures.NHS_D;
import static org.cpis.core.testing.Fixtures.NHS_E;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.upload.UploadRecord;
import org.cpis.sft.la.build.BuildOptions;
import org.cpis.sft.la.build.BuildReport;
import org.cpis.sft.la.build.ChildChange;
import org.cpis.sft.la.build.Exclusion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Change detection of {@code cpis la build}: what goes out after what (CP-SC005, 006, 009, 013, 018). */
class ChangeDetectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static final ExportRow AMY = ExportRow.child("1001", NHS_A, "Amy", "Adams", "2015-05-20").cpp("2025-09-01");
    private static final ExportRow BEN = ExportRow.child("1002", NHS_B, "Ben", "Brown", "2012-01-31").lac("2024-06-01", "C1");
    private static final ExportRow UNBORN = ExportRow.unborn("1003", "2026-09-30", NHS_C, "Mary", "Clark", "1995-02-03")
            .ucpp("2026-01-15");

    @TempDir
    java.nio.file.Path temp;

    private LaFixture la;

    @BeforeEach
    void anLa() {
        la = new LaFixture(temp, "2026-03-02T10:00:00Z");
    }

    @Test
    @DisplayName("CP-SC005: the first build sends every child in the cohort, each with its CP-IS data items")
    void firstBuildSendsEveryChild() {
        BuildReport report = la.build(AMY, BEN, UNBORN);

        assertThat(report.count(ChildChange.NEW)).isEqualTo(3);
        List<UploadRecord> records = la.onlyFileRecords(report);
        assertThat(records).hasSize(3);
        UploadRecord amy = records.get(0);
        assertThat(amy.subjectKind()).isEqualTo(SubjectKind.CHILD);
        assertThat(amy.nhsNumber()).isEqualTo(NHS_A);
        assertThat(amy.localId()).isEqualTo("1001");
        assertThat(amy.name().given()).isEqualTo("Amy");
        assertThat(amy.birthDate()).isEqualTo(LocalDate.of(2015, 5, 20));
        assertThat(amy.plans()).containsExactly(Plan.of(PlanType.CPP, LocalDate.of(2025, 9, 1), null, null));
        assertThat(records.get(1).plans()).containsExactly(Plan.of(PlanType.LAC, LocalDate.of(2024, 6, 1), null, null));
        UploadRecord unborn = records.get(2);
        assertThat(unborn.subjectKind()).isEqualTo(SubjectKind.UNBORN_CHILD);
        assertThat(unborn.nhsNumber()).as("CP-SC012: held against the mother").isEqualTo(NHS_C);
        assertThat(unborn.name().given()).isEqualTo("Mary");
        assertThat(unborn.birthDate()).isEqualTo(LocalDate.of(1995, 2, 3));
        assertThat(unborn.plans()).as("CP-SC013: the UCPP's end date is the due date")
                .containsExactly(Plan.of(PlanType.UCPP, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 9, 30), null));
        assertThat(LaFixture.header(la.uploadFile(report.files().get(0))).sender().odsCode()).isEqualTo("X09");
    }

    @Test
    @DisplayName("CP-SC009: a build with nothing changed sends nothing")
    void nothingChangedSendsNothing() {
        la.build(AMY, BEN, UNBORN);
        la.clock.advance(Duration.ofHours(1));

        BuildReport again = la.build(AMY, BEN, UNBORN);

        assertThat(again.files()).isEmpty();
        assertThat(again.count(ChildChange.UNCHANGED)).isEqualTo(3);
    }

    @Test
    @DisplayName("CP-SC009: a change to a field that is not a CP-IS data item (the address) sends nothing")
    void nonCpisFieldChangeSendsNothing() {
        la.build(AMY, BEN, UNBORN);

        BuildReport again = la.build(AMY.with("address", "99 New Street"), BEN,
                UNBORN.with("address", "Flat 2, Elsewhere"));

        assertThat(again.files()).isEmpty();
    }

    static Stream<Arguments> cpisItems() {
        return Stream.of(
                Arguments.of("given name", (UnaryOperator<ExportRow>) r -> r.with("given_name", "Amelia")),
                Arguments.of("family name", (UnaryOperator<ExportRow>) r -> r.with("family_name", "Adams-Smith")),
                Arguments.of("date of birth", (UnaryOperator<ExportRow>) r -> r.with("date_of_birth", "21/05/2015")),
                Arguments.of("plan start date", (UnaryOperator<ExportRow>) r -> r.with("plan_start_date", "2025-09-02")),
                Arguments.of("plan end date", (UnaryOperator<ExportRow>) r -> r.with("plan_end_date", "2026-03-01")),
                Arguments.of("plan delete date", (UnaryOperator<ExportRow>) r -> r.with("plan_delete_date", "2026-03-02")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cpisItems")
    @DisplayName("CP-SC006, CP-SC009: a change to a CP-IS data item sends that child, and only that child")
    void changeOfACpisItemSendsOnlyThatChild(String item, UnaryOperator<ExportRow> change) {
        la.build(AMY, BEN, UNBORN);

        BuildReport again = la.build(change.apply(AMY), BEN, UNBORN);

        assertThat(again.count(ChildChange.CHANGED)).as(item).isEqualTo(1);
        List<UploadRecord> records = la.onlyFileRecords(again);
        assertThat(records).extracting(UploadRecord::localId).containsExactly("1001");
        assertThat(records.get(0).nhsNumber()).isEqualTo(NHS_A);
    }

    @Test
    @DisplayName("CP-SC009: the values sent are the changed ones (end date added to a CPP)")
    void changedValuesAreSent() {
        la.build(AMY, BEN, UNBORN);

        List<UploadRecord> records = la.onlyFileRecords(la.build(AMY.with("plan_end_date", "28/02/2026"), BEN, UNBORN));

        assertThat(records.get(0).plans()).containsExactly(
                Plan.of(PlanType.CPP, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 28), null));
    }

    @Test
    @DisplayName("CP-SC009: a corrected NHS number sends the child under the new number and removes the record under the old one")
    void correctedNhsNumber() {
        la.build(AMY, BEN, UNBORN);

        List<UploadRecord> records = la.onlyFileRecords(la.build(AMY.with("nhs_number", NHS_D), BEN, UNBORN));

        assertThat(records).hasSize(2);
        UploadRecord old = records.stream().filter(r -> r.nhsNumber().equals(NHS_A)).findFirst().orElseThrow();
        assertThat(old.plans()).containsExactly(Plan.of(PlanType.CPP, LocalDate.of(2025, 9, 1), null, TODAY));
        UploadRecord now = records.stream().filter(r -> r.nhsNumber().equals(NHS_D)).findFirst().orElseThrow();
        assertThat(now.plans()).containsExactly(Plan.of(PlanType.CPP, LocalDate.of(2025, 9, 1), null, null));
        assertThat(la.build(AMY.with("nhs_number", NHS_D), BEN, UNBORN).files()).as("and then nothing").isEmpty();
    }

    @Test
    @DisplayName("CP-SC009: a plan type change (CPP ended, LAC started) sends the new plan and the old one ended, never silently dropped")
    void planTypeChange() {
        la.build(AMY, BEN, UNBORN);

        ExportRow amyLac = ExportRow.child("1001", NHS_A, "Amy", "Adams", "2015-05-20").lac("2026-03-01", "C2");
        List<UploadRecord> records = la.onlyFileRecords(la.build(amyLac, BEN, UNBORN));

        assertThat(records.get(0).plans()).containsExactly(
                Plan.of(PlanType.CPP, LocalDate.of(2025, 9, 1), TODAY, null),
                Plan.of(PlanType.LAC, LocalDate.of(2026, 3, 1), null, null));
    }

    @Test
    @DisplayName("CP-SC009: the mother's details of an unborn child are CP-IS data items")
    void mothersDetailsOfUnbornChild() {
        la.build(AMY, BEN, UNBORN);

        List<UploadRecord> records = la.onlyFileRecords(la.build(AMY, BEN,
                UNBORN.with("mother_family_name", "Clarke")));

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.localId()).isEqualTo("1003");
            assertThat(r.name().family()).isEqualTo("Clarke");
        });
    }

    @Test
    @DisplayName("A change of the LA's own contact details sends every child again")
    void contactDetailsChangeSendsEverything() {
        la.build(AMY, BEN, UNBORN);
        la.settingsWith("la.office-hours-phone=01632960099");

        BuildReport again = la.build(AMY, BEN, UNBORN);

        List<UploadRecord> records = la.onlyFileRecords(again);
        assertThat(records).extracting(UploadRecord::localId).containsExactly("1001", "1002", "1003");
        assertThat(LaFixture.header(la.uploadFile(again.files().get(0))).sender().officeHoursPhone())
                .isEqualTo("01632960099");
        assertThat(la.build(AMY, BEN, UNBORN).files()).as("once").isEmpty();
    }

    @Test
    @DisplayName("CP-SC018: closing a case ends every open plan on the closing date and sends the child")
    void closedCase() {
        ExportRow ben = ExportRow.child("1002", NHS_B, "Ben", "Brown", "2012-01-31");
        la.build(AMY, ben.cpp("2025-01-01"), ben.lac("2024-06-01", "V2"));

        List<UploadRecord> records = la.onlyFileRecords(la.build(AMY,
                ben.cpp("2025-01-01").with("case_closed_date", "27/02/2026"),
                ben.lac("2024-06-01", "V2").with("case_closed_date", "27/02/2026")));

        LocalDate closed = LocalDate.of(2026, 2, 27);
        assertThat(records).singleElement().satisfies(r -> assertThat(r.plans()).containsExactly(
                Plan.of(PlanType.CPP, LocalDate.of(2025, 1, 1), closed, null),
                Plan.of(PlanType.LAC, LocalDate.of(2024, 6, 1), closed, null)));
    }

    @Test
    @DisplayName("CP-SC013: an unborn child, then born: sent against its own NHS number, the plan held against the mother ended at the birth")
    void unbornThenBorn() {
        la.build(AMY, UNBORN);
        ExportRow born = ExportRow.child("1003", NHS_D, "Baby", "Clark", "2026-02-20")
                .with("mother_nhs_number", NHS_C).with("mother_given_name", "Mary").with("mother_family_name", "Clark")
                .with("mother_date_of_birth", "1995-02-03").cpp("2026-02-21");

        List<UploadRecord> records = la.onlyFileRecords(la.build(AMY, born));

        assertThat(records).hasSize(2);
        UploadRecord mother = records.stream().filter(r -> r.subjectKind() == SubjectKind.UNBORN_CHILD).findFirst().orElseThrow();
        assertThat(mother.nhsNumber()).isEqualTo(NHS_C);
        assertThat(mother.plans()).containsExactly(
                Plan.of(PlanType.UCPP, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 20), null));
        UploadRecord baby = records.stream().filter(r -> r.subjectKind() == SubjectKind.CHILD).findFirst().orElseThrow();
        assertThat(baby.nhsNumber()).isEqualTo(NHS_D);
        assertThat(baby.localId()).isEqualTo("1003");
        assertThat(baby.plans()).containsExactly(Plan.of(PlanType.CPP, LocalDate.of(2026, 2, 21), null, null));
        assertThat(la.build(AMY, born).files()).as("and then nothing").isEmpty();
    }

    @Test
    @DisplayName("CP-SC013: a born child without a plan of its own still ends the plan held against the mother")
    void bornWithoutFurtherPlan() {
        la.build(UNBORN);
        ExportRow born = ExportRow.child("1003", NHS_D, "Baby", "Clark", "2026-02-25").ucpp("2026-01-15");

        List<UploadRecord> records = la.onlyFileRecords(la.build(born));

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.subjectKind()).isEqualTo(SubjectKind.UNBORN_CHILD);
            assertThat(r.plans()).containsExactly(
                    Plan.of(PlanType.UCPP, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 25), null));
        });
    }

    @Test
    @DisplayName("A LAC legal status that is no longer s31/s38/s20 ends the Looked After status at CP-IS")
    void ineligibleLacStatus() {
        la.build(AMY, BEN);

        BuildReport again = la.build(AMY, BEN.with("lac_legal_status", "L1"));

        assertThat(again.count(ChildChange.WITHDRAWN)).isEqualTo(1);
        assertThat(la.onlyFileRecords(again)).singleElement().satisfies(r -> assertThat(r.plans())
                .containsExactly(Plan.of(PlanType.LAC, LocalDate.of(2024, 6, 1), TODAY, null)));
        assertThat(again.findings()).anySatisfy(f -> assertThat(f.describe()).startsWith("CPIS-L036 Child 1002"));
    }

    @Test
    @DisplayName("A LAC legal status the settings do not list is not sent, with a note naming the child and the code")
    void unknownLacStatus() {
        BuildReport report = la.build(AMY, BEN.with("lac_legal_status", "Z9"));

        assertThat(la.onlyFileRecords(report)).extracting(UploadRecord::localId).containsExactly("1001");
        assertThat(report.notInCohort()).containsEntry(Exclusion.NO_ELIGIBLE_PLAN, 1);
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(LaCode.LAC_STATUS_UNKNOWN);
            assertThat(f.message()).contains("child 1002").contains("'Z9'").contains("lac.s31");
        });
        assertThat(report.hasProblems()).isFalse();
    }

    @Test
    @DisplayName("CP-IS007: a child older than 18 years and 365 days is not sent")
    void overAgeChildNotSent() {
        ExportRow old = ExportRow.child("1009", NHS_E, "Olly", "Older", "2007-01-01").cpp("2024-01-01");

        BuildReport report = la.build(AMY, old);

        assertThat(la.onlyFileRecords(report)).extracting(UploadRecord::localId).containsExactly("1001");
        assertThat(report.notInCohort()).containsEntry(Exclusion.OVER_AGE, 1);
    }

    @Test
    @DisplayName("CP-IS007: a child sent before who passes 18 years and 365 days is left as it was, nothing sent")
    void childAgingOutSendsNothing() {
        ExportRow nearly = ExportRow.child("1009", NHS_E, "Olly", "Older", "2007-04-01").cpp("2024-01-01");
        assertThat(la.onlyFileRecords(la.build(nearly))).hasSize(1);
        la.clock.advance(Duration.ofDays(40));

        BuildReport later = la.build(nearly);

        assertThat(later.files()).isEmpty();
        assertThat(later.notInCohort()).containsEntry(Exclusion.OVER_AGE, 1);
    }

    @Test
    @DisplayName("A child protected by another LA is not sent; one that moves to another LA has its open plans ended")
    void otherLaResponsible() {
        BuildReport first = la.build(AMY, BEN.with("responsible_la", "y05"));
        assertThat(la.onlyFileRecords(first)).extracting(UploadRecord::localId).containsExactly("1001");
        assertThat(first.notInCohort()).containsEntry(Exclusion.OTHER_LA, 1);

        List<UploadRecord> records = la.onlyFileRecords(la.build(AMY.with("responsible_la", "Y05"), BEN.with("responsible_la", "Y05")));

        assertThat(records).singleElement().satisfies(r -> assertThat(r.plans())
                .containsExactly(Plan.of(PlanType.CPP, LocalDate.of(2025, 9, 1), TODAY, null)));
    }

    @Test
    @DisplayName("A child who leaves the export has its open plans ended that day, once")
    void childLeavingTheExport() {
        la.build(AMY, BEN);

        BuildReport again = la.build(AMY);

        assertThat(again.count(ChildChange.WITHDRAWN)).isEqualTo(1);
        assertThat(la.onlyFileRecords(again)).singleElement().satisfies(r -> {
            assertThat(r.localId()).isEqualTo("1002");
            assertThat(r.plans()).containsExactly(Plan.of(PlanType.LAC, LocalDate.of(2024, 6, 1), TODAY, null));
        });
        la.clock.advance(Duration.ofDays(1));
        assertThat(la.build(AMY).files()).isEmpty();
    }

    @Test
    @DisplayName("An export without children is refused when children were sent before (CPIS-L014), unless allowed")
    void emptyExportRefused() {
        la.build(AMY);

        assertThatThrownBy(() -> la.build())
                .isInstanceOf(LaClientException.class)
                .hasMessageStartingWith("CPIS-L014 export.csv has no child");
        BuildReport allowed = la.build(new BuildOptions(false, Set.of(), Set.of(), true));
        assertThat(la.onlyFileRecords(allowed)).singleElement().satisfies(r -> assertThat(r.plans().get(0).end())
                .isEqualTo(LocalDateTime.of(TODAY, java.time.LocalTime.MIDNIGHT)));
    }

    @Test
    @DisplayName("A child whose only plan ended more than 365 days ago is not sent: CP-IS would not show it")
    void longEndedPlanNotSent() {
        ExportRow past = ExportRow.child("1005", NHS_E, "Pat", "Past", "2014-01-01").cpp("2022-01-01")
                .with("plan_end_date", "2024-12-31");

        BuildReport report = la.build(AMY, past);

        assertThat(la.onlyFileRecords(report)).extracting(UploadRecord::localId).containsExactly("1001");
        assertThat(report.count(ChildChange.NOT_IN_COHORT)).isEqualTo(1);
    }

    @Test
    @DisplayName("Of several plans of one type (history rows), the current one is sent")
    void currentPlanOfSeveral() {
        ExportRow carl = ExportRow.child("1006", NHS_E, "Carl", "Cole", "2013-03-03");

        List<UploadRecord> records = la.onlyFileRecords(la.build(
                carl.cpp("2023-01-01").with("plan_end_date", "2023-06-30"), carl.cpp("2025-11-01")));

        assertThat(records.get(0).plans()).containsExactly(Plan.of(PlanType.CPP, LocalDate.of(2025, 11, 1), null, null));
    }

    @Test
    @DisplayName("Two children with one NHS number: neither is sent, both named (CPIS-L030)")
    void sharedNhsNumber() {
        BuildReport report = la.build(AMY, ExportRow.child("2001", NHS_A, "Anna", "Other", "2016-01-01").cpp("2025-01-01"), BEN);

        assertThat(la.onlyFileRecords(report)).extracting(UploadRecord::localId).containsExactly("1002");
        assertThat(report.findings()).filteredOn(f -> f.code() == LaCode.NHS_NUMBER_SHARED).hasSize(2)
                .allSatisfy(f -> assertThat(f.message()).contains("999 000 0018"));
        assertThat(report.hasProblems()).isTrue();
    }

    @Test
    @DisplayName("build --full sends every child CP-IS still shows again; --resend-child one child")
    void fullAndResendChild() {
        la.build(AMY, BEN, UNBORN);

        assertThat(la.onlyFileRecords(la.build(new BuildOptions(true, Set.of(), Set.of(), false), AMY, BEN, UNBORN)))
                .hasSize(3);
        assertThat(la.onlyFileRecords(la.build(new BuildOptions(false, Set.of("1002"), Set.of(), false), AMY, BEN, UNBORN)))
                .extracting(UploadRecord::localId).containsExactly("1002");
    }
}
