package org.cpis.sft.la.build;

import java.time.LocalDate;
import org.cpis.sft.la.export.ExportedChild;
import org.cpis.sft.la.state.HeldPlan;

/**
 * Unborn children (CP-SC012, CP-SC013; LA-SIDE-BEHAVIOUR.md):
 * <ul>
 *   <li>a child is unborn while it has no date of birth and a due date that has not passed; one whose due date has
 *       passed, or with neither date, is treated as born (so the checks ask for the baby's details);</li>
 *   <li>an unborn child's plan is held against the mother's NHS number, with the mother's names and date of birth,
 *       and its end date is the expected due date unless the plan ended earlier;</li>
 *   <li>once born, the child is sent against its own NHS number and the plan held against the mother is ended on the
 *       date of birth (or kept at the due date when that came first); CP-IS deletes it 28 days later.</li>
 * </ul>
 */
public final class UnbornChildPolicy {

    public boolean isBorn(ExportedChild child, LocalDate today) {
        return child.birthDate() != null || child.dueDate() == null || child.dueDate().isBefore(today);
    }

    /** Whether the child counts as born only because its due date has passed. */
    public boolean bornByDueDate(ExportedChild child, LocalDate today) {
        return child.birthDate() == null && child.dueDate() != null && child.dueDate().isBefore(today);
    }

    /** The end date of an unborn child's plan: the plan's own end when the export gives one, else the due date. */
    public LocalDate planEnd(LocalDate planEnd, LocalDate dueDate) {
        return planEnd != null ? planEnd : dueDate;
    }

    /** The plan held against the mother, ended now that the child is born. */
    public HeldPlan endedAtBirth(HeldPlan ucpp, LocalDate birthDate, LocalDate today) {
        if (ucpp.delete() != null) {
            return ucpp;
        }
        LocalDate born = birthDate != null ? birthDate : today;
        LocalDate end = ucpp.end() == null || born.isBefore(ucpp.end()) ? born : ucpp.end();
        if (ucpp.start() != null && end.isBefore(ucpp.start())) {
            end = ucpp.start();
        }
        return ucpp.withEnd(end);
    }
}
