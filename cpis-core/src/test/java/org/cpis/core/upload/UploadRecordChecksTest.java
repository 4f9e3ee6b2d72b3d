package org.cpis.core.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.core.testing.Fixtures.LA_X;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.child;
import static org.cpis.core.testing.Fixtures.cpp;
import static org.cpis.core.testing.Fixtures.plan;
import static org.cpis.core.testing.Fixtures.unborn;

import java.util.Optional;
import org.cpis.core.model.PlanType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UploadRecordChecksTest {

    private final UploadRecordChecks checks = new UploadRecordChecks();

    private Optional<RecordDetail> check(UploadRecord r) {
        return checks.firstFailure(r, LA_X);
    }

    private Optional<RecordDetail> check(UploadRecord r, UploadedLocalAuthority la) {
        return checks.firstFailure(r, la);
    }

    @Test
    @DisplayName("CP-IS001: a complete child record passes")
    void completeChild() {
        assertThat(check(child(1, NHS_A, "L1", "Amy", "Adams", "2015-05-20", cpp("2025-01-01")))).isEmpty();
    }

    @Test
    @DisplayName("CP-IS003: a complete unborn record (mother's details, UCPP with due date) passes")
    void completeUnborn() {
        assertThat(check(unborn(1, NHS_A, "M1", "Mary", "Adams", "1995-02-03",
                plan(PlanType.UCPP, "2026-01-01", "2026-06-01", null)))).isEmpty();
    }

    @Test
    @DisplayName("CP-SC001 CP-IS002: NHS number missing is CPR07, malformed or old style is CPR04")
    void nhsNumber() {
        assertThat(check(child(1, null, "L", "A", "B", "2015-01-01", cpp("2025-01-01")))).contains(RecordDetail.NHS_NUMBER_MISSING);
        assertThat(check(child(1, "JRDAN269", "L", "A", "B", "2015-01-01", cpp("2025-01-01")))).contains(RecordDetail.NHS_NUMBER_NOT_NEW_STYLE);
        assertThat(check(child(1, "9990000019", "L", "A", "B", "2015-01-01", cpp("2025-01-01")))).contains(RecordDetail.NHS_NUMBER_CHECK_DIGIT);
        assertThat(RecordDetail.NHS_NUMBER_CHECK_DIGIT.outcome()).isEqualTo(RecordOutcome.CPR04);
        assertThat(RecordDetail.NHS_NUMBER_MISSING.outcome()).isEqualTo(RecordOutcome.CPR07);
    }

    @Test
    @DisplayName("CP-IS002 CP-SC011: LA name, ODS code and emergency-duty phone must be present")
    void sendingLa() {
        UploadRecord r = child(1, NHS_A, "L", "A", "B", "2015-01-01", cpp("2025-01-01"));
        assertThat(check(r, new UploadedLocalAuthority("X09", " ", "0123456", null))).contains(RecordDetail.LA_NAME_MISSING);
        assertThat(check(r, new UploadedLocalAuthority("x-9", "LA", "0123456", null))).contains(RecordDetail.LA_CODE_INVALID);
        assertThat(check(r, new UploadedLocalAuthority("X09", "LA", null, null))).contains(RecordDetail.EMERGENCY_PHONE_MISSING);
        assertThat(check(r, new UploadedLocalAuthority("X09", "LA", "ring me", null))).contains(RecordDetail.EMERGENCY_PHONE_INVALID);
        assertThat(check(r, new UploadedLocalAuthority("X09", "LA", "0123456", "office"))).contains(RecordDetail.OFFICE_PHONE_INVALID);
        assertThat(check(r, new UploadedLocalAuthority("X09", "LA", "tel:0123456", null))).isEmpty();
    }

    @Test
    @DisplayName("CP-IS002 CP-SC011: at least one plan, each with a start date")
    void startDates() {
        assertThat(check(child(1, NHS_A, "L", "A", "B", "2015-01-01"))).contains(RecordDetail.NO_PLAN);
        UploadRecord noStart = new UploadRecord(1, org.cpis.core.model.SubjectKind.CHILD, NHS_A, "L",
                new org.cpis.core.model.PersonName("A", "B"), java.time.LocalDate.parse("2015-01-01"),
                java.util.List.of(new org.cpis.core.model.Plan(PlanType.CPP, null, null, null)));
        assertThat(check(noStart)).contains(RecordDetail.START_DATE_MISSING);
    }

    @Test
    @DisplayName("CP-IS035: two plans of one type in a record are refused; start after end is refused")
    void planConsistency() {
        assertThat(check(child(1, NHS_A, "L", "A", "B", "2015-01-01", cpp("2025-01-01"), cpp("2025-02-01"))))
                .contains(RecordDetail.DUPLICATE_PLAN_TYPE);
        assertThat(check(child(1, NHS_A, "L", "A", "B", "2015-01-01", plan(PlanType.LAC, "2025-03-01", "2025-02-28", null))))
                .contains(RecordDetail.START_AFTER_END);
        assertThat(check(child(1, NHS_A, "L", "A", "B", "2015-01-01", plan(PlanType.LAC, "2025-03-01", "2025-03-01", null))))
                .isEmpty();
    }

    @Test
    @DisplayName("CP-SC013 CP-IS033: a UCPP must carry the due date as its end date")
    void ucppEndDate() {
        assertThat(check(unborn(1, NHS_A, "M", "Mary", "Adams", "1995-02-03", plan(PlanType.UCPP, "2026-01-01", null, null))))
                .contains(RecordDetail.UCPP_END_DATE_MISSING);
    }

    @Test
    @DisplayName("CP-IS003 CP-SC012: a UCPP goes with the mother's details; an unborn subject carries only a UCPP")
    void unbornConsistency() {
        assertThat(check(child(1, NHS_A, "L", "A", "B", "2015-01-01", plan(PlanType.UCPP, "2026-01-01", "2026-06-01", null))))
                .contains(RecordDetail.UCPP_NEEDS_MOTHER);
        assertThat(check(unborn(1, NHS_A, "M", "Mary", "Adams", "1995-02-03", cpp("2026-01-01"))))
                .contains(RecordDetail.UNBORN_SUBJECT_WITHOUT_UCPP);
    }

    @Test
    @DisplayName("CP-SC012: mother's given name, family name and date of birth are mandatory")
    void motherDetails() {
        var ucpp = plan(PlanType.UCPP, "2026-01-01", "2026-06-01", null);
        assertThat(check(unborn(1, NHS_A, "M", null, "Adams", "1995-02-03", ucpp))).contains(RecordDetail.GIVEN_NAME_MISSING);
        assertThat(check(unborn(1, NHS_A, "M", "Mary", "", "1995-02-03", ucpp))).contains(RecordDetail.FAMILY_NAME_MISSING);
        assertThat(check(unborn(1, NHS_A, "M", "Mary", "Adams", null, ucpp))).contains(RecordDetail.BIRTH_DATE_MISSING);
    }

    @Test
    @DisplayName("CP-IS002: a born child's missing names are not an error here (the cross-check decides); a missing DOB is")
    void childNamesOptionalDobMandatory() {
        assertThat(check(child(1, NHS_A, "L", null, "Ng", "2015-01-01", cpp("2025-01-01")))).isEmpty();
        assertThat(check(child(1, NHS_A, "L", "Amy", "Adams", null, cpp("2025-01-01")))).contains(RecordDetail.BIRTH_DATE_MISSING);
    }

    @Test
    @DisplayName("CP-IS002: every detail code is numbered uniquely and tied to one record outcome")
    void detailCodesUnique() {
        assertThat(java.util.Arrays.stream(RecordDetail.values()).map(RecordDetail::code).distinct().count())
                .isEqualTo(RecordDetail.values().length);
        assertThat(java.util.Arrays.stream(FileProblem.values()).map(FileProblem::code).distinct().count())
                .isEqualTo(FileProblem.values().length);
    }
}
