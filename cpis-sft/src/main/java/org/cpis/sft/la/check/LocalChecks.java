package org.cpis.sft.la.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.upload.UploadRecord;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.sft.la.LaCode;

/**
 * The checks an LA system makes before it sends (LA-SIDE-BEHAVIOUR.md, "Checks an LA system makes before sending";
 * CP-SC002, CP-SC011-013), on one upload record:
 * <ul>
 *   <li>the NHS number is there and passes Modulus 11 (the mother's for an unborn child);</li>
 *   <li>a born child: date of birth and given name; an unborn child: the mother's date of birth, given and family
 *       name (CP-SC012); a born child's family name too, as names and date of birth travel together;</li>
 *   <li>at least one plan, each with a start date not after its end date; an Unborn Child Protection Plan with its
 *       end date, the expected due date (CP-SC013); an unborn child with no other plan;</li>
 * </ul>
 * and on the LA itself: its ODS code letters and digits, both telephone numbers digits. Every failure is returned,
 * not only the first, so that one run tells the administrator everything to fix.
 */
public final class LocalChecks {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{3,20}");

    public List<LaCode> check(UploadRecord r) {
        List<LaCode> failures = new ArrayList<>();
        String nhs = r.nhsNumber() == null ? null : r.nhsNumber().strip();
        if (nhs == null || nhs.isEmpty()) {
            failures.add(LaCode.NHS_NUMBER_MISSING);
        } else if (!NhsNumber.isValid(nhs)) {
            failures.add(LaCode.NHS_NUMBER_INVALID);
        }
        if (r.birthDate() == null) {
            failures.add(LaCode.BIRTH_DATE_MISSING);
        }
        if (!r.name().hasGiven()) {
            failures.add(LaCode.GIVEN_NAME_MISSING);
        }
        if (!r.name().hasFamily()) {
            failures.add(LaCode.FAMILY_NAME_MISSING);
        }
        if (r.plans().isEmpty()) {
            failures.add(LaCode.NO_PLAN);
        }
        Set<PlanType> types = EnumSet.noneOf(PlanType.class);
        for (Plan p : r.plans()) {
            types.add(p.type());
            if (p.start() == null) {
                add(failures, LaCode.START_DATE_MISSING);
            } else if (p.end() != null && p.startDate().get().isAfter(p.endDate().get())) {
                add(failures, LaCode.START_AFTER_END);
            }
            if (p.type() == PlanType.UCPP && p.end() == null) {
                add(failures, LaCode.DUE_DATE_MISSING);
            }
        }
        boolean unborn = r.subjectKind() == SubjectKind.UNBORN_CHILD;
        if (unborn != types.contains(PlanType.UCPP) && !types.isEmpty()
                || unborn && types.size() > 1) {
            failures.add(LaCode.UNBORN_WITH_OTHER_PLAN);
        }
        return failures;
    }

    /** The problems with the LA's own details, each in words. */
    public List<String> checkLocalAuthority(UploadedLocalAuthority la) {
        List<String> problems = new ArrayList<>();
        if (la.name() == null || la.name().isBlank()) {
            problems.add("the LA's name is missing (setting la.name)");
        }
        if (!OdsCode.isValid(la.odsCode())) {
            problems.add("the LA's ODS code '" + la.odsCode() + "' is not 3 to 9 letters and digits (setting la.ods-code)");
        }
        if (la.emergencyDutyPhone() == null || !DIGITS.matcher(la.emergencyDutyPhone()).matches()) {
            problems.add("the emergency duty telephone number '" + la.emergencyDutyPhone()
                    + "' is not digits only (setting la.emergency-duty-phone)");
        }
        if (la.officeHoursPhone() != null && !DIGITS.matcher(la.officeHoursPhone()).matches()) {
            problems.add("the office hours telephone number '" + la.officeHoursPhone()
                    + "' is not digits only (setting la.office-hours-phone)");
        }
        return problems;
    }

    private static void add(List<LaCode> failures, LaCode code) {
        if (!failures.contains(code)) {
            failures.add(code);
        }
    }
}
