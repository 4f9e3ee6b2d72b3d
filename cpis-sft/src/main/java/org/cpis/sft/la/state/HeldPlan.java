package org.cpis.sft.la.state;

import java.time.LocalDate;
import java.util.Objects;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;

/**
 * One plan as the client last sent it to CP-IS (dates only: the export carries no times).
 *
 * @param end    end date, or {@code null} while open (for a UCPP: the due date)
 * @param delete data-quality delete date, or {@code null}
 */
public record HeldPlan(PlanType type, LocalDate start, LocalDate end, LocalDate delete) {

    public HeldPlan {
        Objects.requireNonNull(type, "type");
    }

    /** Neither ended nor deleted. */
    public boolean open() {
        return end == null && delete == null;
    }

    public HeldPlan withEnd(LocalDate newEnd) {
        return new HeldPlan(type, start, newEnd, delete);
    }

    public HeldPlan withDelete(LocalDate newDelete) {
        return new HeldPlan(type, start, end, newDelete);
    }

    public Plan toPlan() {
        return Plan.of(type, start, end, delete);
    }
}
