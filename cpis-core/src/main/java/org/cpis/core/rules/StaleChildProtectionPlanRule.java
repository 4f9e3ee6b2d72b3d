package org.cpis.core.rules;

import java.time.LocalDate;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;

/**
 * CP-IS080: a Child Protection Plan (not a UCPP, not a LAC) that has had a start date for 2 years without
 * receiving an end date or a delete date. Flagged from the day two years after the start date (inclusive).
 */
public final class StaleChildProtectionPlanRule {

    public static final int YEARS = 2;

    public boolean isStale(Plan plan, LocalDate today) {
        return plan.type() == PlanType.CPP
                && plan.end() == null
                && plan.delete() == null
                && plan.startDate().map(s -> !today.isBefore(s.plusYears(YEARS))).orElse(false);
    }
}
