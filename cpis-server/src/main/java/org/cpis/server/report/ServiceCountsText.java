package org.cpis.server.report;

import java.io.PrintWriter;
import java.util.Map;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.PlanType;
import org.cpis.core.report.ServiceCounts;

/** CP-IS077 as a page for people. */
public final class ServiceCountsText implements ReportRenderer<ServiceCounts> {

    @Override
    public void render(ServiceCounts counts, PrintWriter out) {
        out.println("CP-IS service counts (CP-IS077)");
        out.println("Period: " + ReportTimes.text(counts.from()) + " to " + ReportTimes.text(counts.to())
                + " (both days included, Europe/London)");
        out.println();
        out.println("Children (unique NHS numbers) with a current plan:     " + counts.currentNhsNumbers());
        out.println("Local Authorities (unique ODS codes) providing plans:  " + counts.currentLocalAuthorities());
        out.println("NHS Query messages received in the period:             " + counts.queriesInPeriod());
        out.println("NHS organisations that sent queries in the period:     " + counts.queryingOrganisations());
        out.println();
        TextTable plans = new TextTable("Plans", "Current>", "In the period>");
        for (PlanType type : PlanType.values()) {
            plans.row(type.displayName() + " (" + type + ")", count(counts.currentPlans(), type),
                    count(counts.plansInPeriod(), type));
        }
        plans.print(out, "");
        out.println();
        out.println("Local Authorities providing information now, with their current plans:");
        if (counts.providingLocalAuthorities().isEmpty()) {
            out.println("  none");
            return;
        }
        TextTable perLa = new TextTable("ODS code", "Local Authority", "CPP>", "LAC>", "UCPP>");
        for (Organisation la : counts.providingLocalAuthorities()) {
            Map<PlanType, Long> plansOfLa = plansOf(counts, la.code());
            perLa.row(la.code(), la.name(), count(plansOfLa, PlanType.CPP), count(plansOfLa, PlanType.LAC),
                    count(plansOfLa, PlanType.UCPP));
        }
        perLa.print(out, "  ");
    }

    static long count(Map<PlanType, Long> counts, PlanType type) {
        return counts.getOrDefault(type, 0L);
    }

    static Map<PlanType, Long> plansOf(ServiceCounts counts, OdsCode la) {
        return counts.perLocalAuthority().getOrDefault(la, Map.of());
    }
}
