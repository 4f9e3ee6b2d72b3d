package org.cpis.server.report;

import java.io.PrintWriter;
import java.util.Map;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.PlanType;
import org.cpis.core.report.ServiceCounts;

/**
 * CP-IS077 as CSV, one count per line: {@code measure,from,to,ods_code,local_authority,plan_type,count}, so that a
 * spreadsheet can filter and pivot it. Measures: {@code current_nhs_numbers}, {@code current_local_authorities},
 * {@code current_plans}, {@code plans_in_period}, {@code queries_in_period}, {@code querying_organisations},
 * {@code current_plans_per_local_authority}.
 */
public final class ServiceCountsCsv implements ReportRenderer<ServiceCounts> {

    @Override
    public void render(ServiceCounts counts, PrintWriter out) {
        String from = ReportTimes.iso(counts.from());
        String to = ReportTimes.iso(counts.to());
        CsvTable csv = new CsvTable(out, "measure", "from", "to", "ods_code", "local_authority", "plan_type", "count");
        csv.row("current_nhs_numbers", from, to, null, null, null, counts.currentNhsNumbers());
        csv.row("current_local_authorities", from, to, null, null, null, counts.currentLocalAuthorities());
        for (PlanType type : PlanType.values()) {
            csv.row("current_plans", from, to, null, null, type, ServiceCountsText.count(counts.currentPlans(), type));
        }
        for (PlanType type : PlanType.values()) {
            csv.row("plans_in_period", from, to, null, null, type, ServiceCountsText.count(counts.plansInPeriod(), type));
        }
        csv.row("queries_in_period", from, to, null, null, null, counts.queriesInPeriod());
        csv.row("querying_organisations", from, to, null, null, null, counts.queryingOrganisations());
        for (Organisation la : counts.providingLocalAuthorities()) {
            Map<PlanType, Long> plansOfLa = ServiceCountsText.plansOf(counts, la.code());
            for (PlanType type : PlanType.values()) {
                csv.row("current_plans_per_local_authority", from, to, la.code(), la.name(), type,
                        ServiceCountsText.count(plansOfLa, type));
            }
        }
    }
}
