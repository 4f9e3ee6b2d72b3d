package org.cpis.sft.la.build;

import java.time.LocalDate;
import org.cpis.sft.la.state.HeldPlan;

/**
 * CP-SC018: when a child's case is closed, every plan without an end date (or ending after the closure) is ended on
 * the date the case was closed, and the child is sent with those end dates.
 */
public final class ClosedCasePolicy {

    public HeldPlan apply(HeldPlan plan, LocalDate caseClosed) {
        if (caseClosed == null || plan.delete() != null) {
            return plan;
        }
        if (plan.end() == null || plan.end().isAfter(caseClosed)) {
            return plan.withEnd(caseClosed);
        }
        return plan;
    }
}
