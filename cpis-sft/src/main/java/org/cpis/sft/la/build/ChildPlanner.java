package org.cpis.sft.la.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.rules.ChildAge;
import org.cpis.core.rules.PlanVisibilityPolicy;
import org.cpis.sft.la.Finding;
import org.cpis.sft.la.LaCode;
import org.cpis.sft.la.check.CheckMessages;
import org.cpis.sft.la.export.ExportedChild;
import org.cpis.sft.la.export.ExportedPlan;
import org.cpis.sft.la.state.ChildEntry;
import org.cpis.sft.la.state.HeldPlan;
import org.cpis.sft.la.state.HeldRecord;
import org.cpis.sft.la.state.LaState;
import org.cpis.sft.la.state.NumberChange;
import org.cpis.sft.la.state.RecordKey;

/**
 * Change detection for one child (CP-SC005, CP-SC006, CP-SC009, CP-SC018): from the child's row(s) in the export and
 * what was last sent for it, the records CP-IS is to hold now and the ones that must be sent.
 * <ol>
 *   <li>The record the export gives: the cohort's plans ({@link CohortPolicy}), a closed case's end dates
 *       ({@link ClosedCasePolicy}), for an unborn child the mother's details and the due date, for a born child its
 *       own details ({@link UnbornChildPolicy}). Plans CP-IS would no longer show (deleted, or ended more than 365
 *       days ago; an unborn child's 28 days) are not sent unless CP-IS holds them already.</li>
 *   <li>Merged with what was held: a plan type CP-IS holds that the export no longer gives is kept, ended
 *       ({@link WithdrawalPolicy}); a record held under another number of the same kind (corrected) is removed; the
 *       record held against the mother of a child now born is ended at the birth; a record under a number CP-IS
 *       said is inactive is dropped without sending.</li>
 *   <li>A record goes in a file when it differs from what was held under its key: only CP-IS data items are
 *       compared, so a change to anything else sends nothing.</li>
 * </ol>
 * A child older than 18 years and 365 days is left as it was (CP-IS shows nothing about them any more).
 */
public final class ChildPlanner {

    private final CohortPolicy cohort;
    private final UnbornChildPolicy unborn = new UnbornChildPolicy();
    private final ClosedCasePolicy closedCase = new ClosedCasePolicy();
    private final WithdrawalPolicy withdrawal = new WithdrawalPolicy();
    private final PlanVisibilityPolicy visibility = new PlanVisibilityPolicy();

    public ChildPlanner(CohortPolicy cohort) {
        this.cohort = cohort;
    }

    /**
     * @param child    the child as exported, or {@code null} when it is no longer in the export
     * @param previous what was held for the child, or {@code null}
     */
    public ChildPlan plan(String localId, ExportedChild child, ChildEntry previous, LaState state, LocalDate today) {
        List<HeldRecord> held = previous == null ? List.of() : previous.records();
        List<Finding> findings = new ArrayList<>();
        if (child == null) {
            List<HeldRecord> kept = new ArrayList<>();
            for (HeldRecord h : held) {
                if (isOverAge(h, today) || state.isInactive(h.nhsNumber())) {
                    kept.add(h);
                } else {
                    kept.add(h.withPlans(h.plans().stream().map(p -> withdrawal.withdraw(p, today)).toList()));
                }
            }
            return result(localId, kept, held, null, null, findings, previous, null);
        }
        child = withLearntNumber(child, state, findings);
        Optional<Exclusion> excluded = cohort.exclusion(child, today);
        if (excluded.orElse(null) == Exclusion.OVER_AGE) {
            return new ChildPlan(localId, held, List.of(), null, Exclusion.OVER_AGE, findings, previous, null);
        }
        boolean born = unborn.isBorn(child, today);
        String bornHint = unborn.bornByDueDate(child, today) ? " (the due date " + CheckMessages.date(child.dueDate())
                + " has passed, so the child is treated as born: record the baby's NHS number, name and date of birth)"
                : null;
        if (born && child.birthDate() == null && child.plans().stream().anyMatch(p -> p.type() == PlanType.UCPP)) {
            findings.add(child.dueDate() == null
                    ? Finding.problem(LaCode.DUE_DATE_MISSING, localId, "Expected due date is missing for unborn child "
                    + localId + " (it is the end date of the Unborn Child Protection Plan): record it, or the date of"
                    + " birth if the child is born")
                    : Finding.problem(LaCode.BIRTH_DATE_MISSING, localId, "Date of birth is missing for child " + localId
                    + bornHint));
            return new ChildPlan(localId, held, List.of(), null, null, findings, previous, bornHint);
        }
        HeldRecord desired = excluded.isPresent() ? null : desired(child, born, held, findings, today);
        Exclusion exclusion = excluded.orElse(desired == null ? Exclusion.NO_ELIGIBLE_PLAN : null);
        List<HeldRecord> next = merge(child, born, desired, held, state, today);
        return result(localId, next, held, desired == null ? null : desired.key(), exclusion, findings, previous,
                bornHint);
    }

    private ChildPlan result(String localId, List<HeldRecord> next, List<HeldRecord> held, RecordKey desiredKey,
                             Exclusion exclusion, List<Finding> findings, ChildEntry previous, String bornHint) {
        List<HeldRecord> toSend = new ArrayList<>();
        for (HeldRecord r : next) {
            Optional<HeldRecord> before = held.stream()
                    .filter(h -> h.key() != null && h.key().equals(r.key())).findFirst();
            if (before.isEmpty() || !before.get().equals(r)) {
                toSend.add(r);
            }
        }
        return new ChildPlan(localId, next, toSend, desiredKey, exclusion, findings, previous, bornHint);
    }

    /** The record the export gives for the child now, or {@code null} when none of its plans is for CP-IS. */
    private HeldRecord desired(ExportedChild child, boolean born, List<HeldRecord> held, List<Finding> findings,
                               LocalDate today) {
        Map<PlanType, ExportedPlan> plans = cohort.plans(child, findings);
        List<HeldPlan> chosen = new ArrayList<>();
        Set<PlanType> types = born ? EnumSet.of(PlanType.CPP, PlanType.LAC) : EnumSet.allOf(PlanType.class);
        SubjectKind kind = born ? SubjectKind.CHILD : SubjectKind.UNBORN_CHILD;
        for (PlanType type : types) {
            ExportedPlan p = plans.get(type);
            if (p == null) {
                continue;
            }
            LocalDate end = type == PlanType.UCPP ? unborn.planEnd(p.end(), child.dueDate()) : p.end();
            HeldPlan plan = closedCase.apply(new HeldPlan(type, p.start(), end, p.delete()), child.caseClosed());
            LocalDate birthDate = born ? child.birthDate() : null;
            boolean alreadyHeld = held.stream().anyMatch(h -> h.kind() == kind && h.plan(type).isPresent());
            if (plan.start() == null || alreadyHeld || visibility.isVisible(plan.toPlan(), birthDate, today)) {
                chosen.add(plan);
            }
        }
        if (chosen.isEmpty()) {
            return null;
        }
        if (born) {
            return new HeldRecord(SubjectKind.CHILD, child.nhsNumber(), child.givenName(), child.familyName(),
                    child.birthDate(), chosen);
        }
        return new HeldRecord(SubjectKind.UNBORN_CHILD, child.mother().nhsNumber(), child.mother().givenName(),
                child.mother().familyName(), child.mother().birthDate(), chosen);
    }

    private List<HeldRecord> merge(ExportedChild child, boolean born, HeldRecord desired, List<HeldRecord> held,
                                   LaState state, LocalDate today) {
        List<HeldRecord> next = new ArrayList<>();
        RecordKey desiredKey = desired == null ? null : desired.key();
        for (HeldRecord h : held) {
            if (desiredKey != null && desiredKey.equals(h.key())) {
                continue;
            }
            if (h.kind() == SubjectKind.UNBORN_CHILD && born) {
                next.add(h.withPlans(h.plans().stream()
                        .map(p -> p.type() == PlanType.UCPP ? unborn.endedAtBirth(p, child.birthDate(), today) : p)
                        .toList()));
            } else if (state.isInactive(h.nhsNumber())) {
                continue;
            } else if (desired != null && desired.kind() == h.kind()) {
                next.add(h.withPlans(h.plans().stream().map(p -> withdrawal.remove(p, today)).toList()));
            } else {
                next.add(h.withPlans(h.plans().stream().map(p -> withdrawal.withdraw(p, today)).toList()));
            }
        }
        if (desired != null) {
            List<HeldPlan> plans = new ArrayList<>(desired.plans());
            held.stream().filter(h -> h.key() != null && h.key().equals(desiredKey)).findFirst().ifPresent(h -> {
                for (HeldPlan before : h.plans()) {
                    if (desired.plan(before.type()).isEmpty()) {
                        plans.add(withdrawal.withdraw(before, today));
                    }
                }
            });
            plans.sort(java.util.Comparator.comparing(HeldPlan::type));
            next.add(desired.withPlans(plans));
        }
        return next;
    }

    /**
     * CP-SC023: while the export still gives the number CP-IS said is inactive, the new one is used instead; once the
     * export gives the new number, the learnt change is no longer needed.
     */
    private static ExportedChild withLearntNumber(ExportedChild child, LaState state, List<Finding> findings) {
        Optional<NumberChange> change = state.numberChange(child.localId());
        if (change.isEmpty()) {
            return child;
        }
        NumberChange c = change.get();
        String note = " for child " + child.localId() + " instead of " + CheckMessages.spaced(c.oldNumber())
                + ", which CP-IS says is no longer active: update the case-management system";
        if (c.oldNumber().equals(child.nhsNumber())) {
            findings.add(Finding.note(LaCode.NUMBER_REPLACED, child.localId(), "Sending NHS number "
                    + CheckMessages.spaced(c.newNumber()) + note));
            return new ExportedChild(child.localId(), child.where(), c.newNumber(), child.givenName(),
                    child.familyName(), child.birthDate(), child.dueDate(), child.mother(), child.caseClosed(),
                    child.responsibleLa(), child.plans());
        }
        if (c.oldNumber().equals(child.mother().nhsNumber())) {
            findings.add(Finding.note(LaCode.NUMBER_REPLACED, child.localId(), "Sending the mother's NHS number "
                    + CheckMessages.spaced(c.newNumber()) + note));
            var m = child.mother();
            return new ExportedChild(child.localId(), child.where(), child.nhsNumber(), child.givenName(),
                    child.familyName(), child.birthDate(), child.dueDate(),
                    new org.cpis.sft.la.export.ExportedPerson(c.newNumber(), m.givenName(), m.familyName(), m.birthDate()),
                    child.caseClosed(), child.responsibleLa(), child.plans());
        }
        return child;
    }

    private static boolean isOverAge(HeldRecord h, LocalDate today) {
        return h.kind() == SubjectKind.CHILD && h.birthDate() != null
                && today.isAfter(ChildAge.lastDayAsChild(h.birthDate()));
    }
}
