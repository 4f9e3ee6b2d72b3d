package org.cpis.sft.la.build;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpis.core.model.PlanType;
import org.cpis.core.rules.ChildAge;
import org.cpis.sft.la.Finding;
import org.cpis.sft.la.LaCode;
import org.cpis.sft.la.export.ExportedChild;
import org.cpis.sft.la.export.ExportedPlan;
import org.cpis.sft.la.settings.LacLegalStatuses;
import org.cpis.sft.la.settings.LaSettings;

/**
 * Who is in the LA's CP-IS cohort (LA-SIDE-BEHAVIOUR.md "Who is in the cohort"; CP-IS007, CP-SC015):
 * <ul>
 *   <li>not a child another LA is responsible for (the export's {@code responsible_la});</li>
 *   <li>not older than 18 years and 365 days;</li>
 *   <li>plans: every CPP and UCPP; a LAC only when its local legal-status code is mapped to s31, s38 or s20 in the
 *       settings (other statuses, and codes the settings do not list, are not sent, with a note);</li>
 *   <li>of several plans of one type (history rows), the current one: the latest start date, an open plan before
 *       an ended one of the same start. CP-IS holds one plan per type per child and LA.</li>
 * </ul>
 */
public final class CohortPolicy {

    private static final Comparator<ExportedPlan> CURRENT = Comparator
            .comparing(ExportedPlan::start, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(p -> p.end() == null ? LocalDate.MAX : p.end());

    private final String ownOdsCode;
    private final LacLegalStatuses lac;

    public CohortPolicy(LaSettings settings) {
        this.ownOdsCode = settings.odsCode();
        this.lac = settings.lacLegalStatuses();
    }

    /** Why the child is outside the cohort whatever its plans, or empty. */
    public Optional<Exclusion> exclusion(ExportedChild child, LocalDate today) {
        if (child.responsibleLa() != null && !child.responsibleLa().equals(ownOdsCode)) {
            return Optional.of(Exclusion.OTHER_LA);
        }
        if (child.birthDate() != null && today.isAfter(ChildAge.lastDayAsChild(child.birthDate()))) {
            return Optional.of(Exclusion.OVER_AGE);
        }
        return Optional.empty();
    }

    /**
     * The child's plans of each type that may go to CP-IS; a plan left out for its legal status gets a note, and a
     * plan without a start date is chosen anyway so that the checks name it.
     */
    public Map<PlanType, ExportedPlan> plans(ExportedChild child, List<Finding> findings) {
        Map<PlanType, ExportedPlan> chosen = new EnumMap<>(PlanType.class);
        for (ExportedPlan plan : child.plans()) {
            if (plan.type() == PlanType.LAC && !lacSent(child, plan, findings)) {
                continue;
            }
            if (plan.start() == null) {
                chosen.put(plan.type(), plan);
                continue;
            }
            chosen.merge(plan.type(), plan, (a, b) -> a.start() == null ? a : CURRENT.compare(a, b) >= 0 ? a : b);
        }
        return chosen;
    }

    private boolean lacSent(ExportedChild child, ExportedPlan plan, List<Finding> findings) {
        return switch (lac.verdict(plan.lacLegalStatus())) {
            case SENT -> true;
            case NOT_SENT -> false;
            case UNKNOWN -> {
                findings.add(Finding.note(LaCode.LAC_STATUS_UNKNOWN, child.localId(), "Looked After status of child "
                        + child.localId() + " (" + plan.where() + ") has legal status '" + plan.lacLegalStatus()
                        + "', which the settings do not list: not sent. Add the code to lac.s31, lac.s38 or lac.s20"
                        + " if it is a care order or voluntary agreement, else to lac.not-sent"));
                yield false;
            }
            case MISSING -> {
                findings.add(Finding.note(LaCode.LAC_STATUS_UNKNOWN, child.localId(), "Looked After status of child "
                        + child.localId() + " (" + plan.where() + ") has no legal status: not sent. Record the legal"
                        + " status (only s31, s38 and s20 are sent)"));
                yield false;
            }
        };
    }
}
