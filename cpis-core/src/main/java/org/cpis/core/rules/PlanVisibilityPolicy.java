package org.cpis.core.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;

/**
 * Whether a plan can still be retrieved on a given day (CP-IS007, CP-IS009-011, CP-IS030, CP-IS032,
 * CP-IS033). Dates are civil dates in Europe/London ({@link ServiceCalendar}); the time part of a plan date
 * plays no role. The boundaries, each tested on both sides:
 * <ul>
 *   <li>delete date D: visible up to D-1, gone from D (inclusive) - "logically delete ... on the date stated";</li>
 *   <li>end date E of a CPP or LAC: visible up to and including E+365, gone from E+366 - "available ... up to
 *       End Date+365 days";</li>
 *   <li>end date (due date) E of a UCPP: visible up to E+27, gone from E+28 - "on reaching the End Date+28 days
 *       the record MUST be deleted";</li>
 *   <li>a CPP or LAC without end date is end-dated at the child's 18th birthday (CP-IS030), so visible up to
 *       the 18th birthday + 365 days;</li>
 *   <li>nothing about a child older than 18 years and 365 days: a CPP or LAC is gone from the day after
 *       {@link ChildAge#lastDayAsChild}, whatever its end date says;</li>
 *   <li>the age rules need the child's birth date; an unborn child's entry (held against the mother) has none
 *       and only its own dates apply;</li>
 *   <li>a start date in the future does not hide a plan: the LA has told us about it.</li>
 * </ul>
 * Visibility only ever goes from visible to gone as days pass, so a plan that is gone today is gone for good.
 */
public final class PlanVisibilityPolicy {

    /** CP-IS010, CP-IS032: days an ended CPP or LAC stays visible after its end date. */
    public static final int DAYS_VISIBLE_AFTER_END = 365;
    /** CP-IS011, CP-IS033: an unborn child plan is deleted on its end date plus this many days. */
    public static final int UNBORN_DAYS_UNTIL_DELETION = 28;

    public boolean isVisible(Plan plan, LocalDate birthDate, LocalDate today) {
        if (plan.deleteDate().filter(d -> !today.isBefore(d)).isPresent()) {
            return false;
        }
        if (plan.type() == PlanType.UCPP) {
            return plan.endDate().map(e -> today.isBefore(e.plusDays(UNBORN_DAYS_UNTIL_DELETION))).orElse(true);
        }
        if (birthDate != null && today.isAfter(ChildAge.lastDayAsChild(birthDate))) {
            return false;
        }
        return effectiveEndDate(plan, birthDate)
                .map(e -> !today.isAfter(e.plusDays(DAYS_VISIBLE_AFTER_END)))
                .orElse(true);
    }

    /**
     * The end date that applies: the LA's own, or for an open CPP or LAC the child's 18th birthday (CP-IS030).
     * The automatic end date only takes effect once the birthday has come; before that the plan is open.
     */
    public Optional<LocalDate> effectiveEndDate(Plan plan, LocalDate birthDate) {
        if (plan.endDate().isPresent() || plan.type() == PlanType.UCPP || birthDate == null) {
            return plan.endDate();
        }
        return Optional.of(ChildAge.eighteenthBirthday(birthDate));
    }

    /**
     * The plan as it is shown on {@code today}: with the automatic 18th-birthday end date once that day has
     * come (CP-IS030), and never with its delete date (CP-NHS010).
     */
    public Plan asShown(Plan plan, LocalDate birthDate, LocalDate today) {
        Plan shown = plan.withoutDeleteDate();
        if (plan.end() == null && plan.type() != PlanType.UCPP && birthDate != null) {
            LocalDate eighteenth = ChildAge.eighteenthBirthday(birthDate);
            if (!today.isBefore(eighteenth)) {
                shown = shown.withEnd(LocalDateTime.of(eighteenth, java.time.LocalTime.MIDNIGHT));
            }
        }
        return shown;
    }

    /** The visible plans of an entry on {@code today}. */
    public List<Plan> visiblePlans(LocalAuthorityEntry entry, LocalDate today) {
        return entry.plans().stream().filter(p -> isVisible(p, entry.birthDate(), today)).toList();
    }

    public boolean hasVisiblePlan(LocalAuthorityEntry entry, LocalDate today) {
        return entry.plans().stream().anyMatch(p -> isVisible(p, entry.birthDate(), today));
    }
}
