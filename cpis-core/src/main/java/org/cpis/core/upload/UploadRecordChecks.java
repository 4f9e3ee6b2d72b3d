package org.cpis.core.upload;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.model.TelephoneNumber;
import org.cpis.core.model.ValueError;

/**
 * The checks CP-IS makes on each upload record before asking PDS (CP-IS001-003, CP-SC001, CP-SC002,
 * CP-SC011-013). The first failed check decides the record's outcome: CPR04 for an NHS number that is not a
 * new-style number, CPR07 with a detail code for missing or inconsistent data. Checks run in this order:
 * NHS number, the sending LA's details, the plans, the subject's details.
 * <p>
 * For a born child the names are not mandatory here: CP-IS002 says a missing forename or a surname shorter
 * than three characters is not an error but leaves the number unverified unless the date of birth matches
 * exactly (see {@link PdsCrossCheck}). The date of birth is mandatory: it is the cross-check's mandatory input.
 * For an unborn child the mother's NHS number, given name, family name and date of birth are all mandatory
 * (CP-SC012) and the plan's end date - the due date - too (CP-SC013).
 */
public final class UploadRecordChecks {

    public Optional<RecordDetail> firstFailure(UploadRecord record, UploadedLocalAuthority sender) {
        return nhsNumber(record)
                .or(() -> sender(sender))
                .or(() -> plans(record))
                .or(() -> subject(record));
    }

    private Optional<RecordDetail> nhsNumber(UploadRecord record) {
        ValueError problem = NhsNumber.problemWith(record.nhsNumber() == null ? null : record.nhsNumber().strip());
        if (problem == null) {
            return Optional.empty();
        }
        return Optional.of(switch (problem) {
            case NHS_NUMBER_MISSING -> RecordDetail.NHS_NUMBER_MISSING;
            case NHS_NUMBER_CHECK_DIGIT -> RecordDetail.NHS_NUMBER_CHECK_DIGIT;
            default -> RecordDetail.NHS_NUMBER_NOT_NEW_STYLE;
        });
    }

    private Optional<RecordDetail> sender(UploadedLocalAuthority la) {
        if (blank(la.name())) {
            return Optional.of(RecordDetail.LA_NAME_MISSING);
        }
        if (!OdsCode.isValid(la.odsCode())) {
            return Optional.of(RecordDetail.LA_CODE_INVALID);
        }
        if (blank(la.emergencyDutyPhone())) {
            return Optional.of(RecordDetail.EMERGENCY_PHONE_MISSING);
        }
        if (!TelephoneNumber.isValid(la.emergencyDutyPhone())) {
            return Optional.of(RecordDetail.EMERGENCY_PHONE_INVALID);
        }
        if (!blank(la.officeHoursPhone()) && !TelephoneNumber.isValid(la.officeHoursPhone())) {
            return Optional.of(RecordDetail.OFFICE_PHONE_INVALID);
        }
        return Optional.empty();
    }

    private Optional<RecordDetail> plans(UploadRecord record) {
        if (record.plans().isEmpty()) {
            return Optional.of(RecordDetail.NO_PLAN);
        }
        Set<PlanType> seen = EnumSet.noneOf(PlanType.class);
        for (Plan plan : record.plans()) {
            if (plan.start() == null) {
                return Optional.of(RecordDetail.START_DATE_MISSING);
            }
            if (!seen.add(plan.type())) {
                return Optional.of(RecordDetail.DUPLICATE_PLAN_TYPE);
            }
            if (plan.end() != null && plan.startDate().get().isAfter(plan.endDate().get())) {
                return Optional.of(RecordDetail.START_AFTER_END);
            }
            if (plan.type() == PlanType.UCPP && plan.end() == null) {
                return Optional.of(RecordDetail.UCPP_END_DATE_MISSING);
            }
        }
        boolean unborn = record.subjectKind() == SubjectKind.UNBORN_CHILD;
        if (!unborn && seen.contains(PlanType.UCPP)) {
            return Optional.of(RecordDetail.UCPP_NEEDS_MOTHER);
        }
        if (unborn && !seen.equals(EnumSet.of(PlanType.UCPP))) {
            return Optional.of(RecordDetail.UNBORN_SUBJECT_WITHOUT_UCPP);
        }
        return Optional.empty();
    }

    private Optional<RecordDetail> subject(UploadRecord record) {
        if (record.subjectKind() == SubjectKind.UNBORN_CHILD) {
            if (!record.name().hasGiven()) {
                return Optional.of(RecordDetail.GIVEN_NAME_MISSING);
            }
            if (!record.name().hasFamily()) {
                return Optional.of(RecordDetail.FAMILY_NAME_MISSING);
            }
        }
        if (record.birthDate() == null) {
            return Optional.of(RecordDetail.BIRTH_DATE_MISSING);
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
