package org.cpis.core.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.PlanType;

/**
 * The counts of CP-IS077. "Current" means visible today; "in the period" means a plan held now whose
 * start..effective end overlaps the period {@code [from, to]} (both days inclusive); queries count every NHS
 * Query received in the period, found or not.
 *
 * @param providingLocalAuthorities the LAs that currently provide information
 * @param perLocalAuthority         current plans per LA and plan type
 * @param queryingOrganisations     distinct NHS organisations that sent queries in the period
 */
public record ServiceCounts(LocalDate from, LocalDate to, List<Organisation> providingLocalAuthorities,
                            long currentNhsNumbers, long currentLocalAuthorities, Map<PlanType, Long> currentPlans,
                            Map<PlanType, Long> plansInPeriod, long queriesInPeriod, long queryingOrganisations,
                            Map<OdsCode, Map<PlanType, Long>> perLocalAuthority) {

    public ServiceCounts {
        providingLocalAuthorities = List.copyOf(providingLocalAuthorities);
        currentPlans = Map.copyOf(currentPlans);
        plansInPeriod = Map.copyOf(plansInPeriod);
        perLocalAuthority = Map.copyOf(perLocalAuthority);
    }
}
