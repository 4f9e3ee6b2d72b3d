package org.cpis.sft.la.build;

import java.time.LocalDate;
import org.cpis.sft.la.state.HeldPlan;

/**
 * What happens to a plan CP-IS holds when the export no longer gives it, or no longer as one for CP-IS: the child
 * left the export, its LAC legal status is no longer s31/s38/s20, another LA became responsible, the plan's row went.
 * Such a plan is never dropped silently (CP-IS would then hide it at once, as if sent in error): an open plan is
 * ended on the day of the build, so that the NHS still sees it ended for 365 days; a plan that has not started yet
 * is deleted. A plan already ended or deleted stays as it is. To remove a plan recorded in error, give it a delete
 * date in the export.
 * <p>
 * A record held under an NHS number the export no longer uses for the child (the number was corrected) was about
 * the wrong person: its plans get a delete date of the day of the build instead.
 */
public final class WithdrawalPolicy {

    public HeldPlan withdraw(HeldPlan plan, LocalDate today) {
        if (!plan.open()) {
            return plan;
        }
        if (plan.start() != null && plan.start().isAfter(today)) {
            return plan.withDelete(today);
        }
        return plan.withEnd(today);
    }

    public HeldPlan remove(HeldPlan plan, LocalDate today) {
        return plan.delete() != null ? plan : plan.withDelete(today);
    }
}
