package org.cpis.server.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.PlanType;
import org.cpis.core.report.ServiceCounts;

/** CP-IS077 as one JSON document; plan counts are objects keyed by plan type (CPP, LAC, UCPP). */
public final class ServiceCountsJson implements ReportRenderer<ServiceCounts> {

    @Override
    public void render(ServiceCounts counts, PrintWriter out) {
        ObjectNode json = JsonReport.document("CP-IS077 service counts")
                .put("from", ReportTimes.iso(counts.from()))
                .put("to", ReportTimes.iso(counts.to()))
                .put("currentNhsNumbers", counts.currentNhsNumbers())
                .put("currentLocalAuthorities", counts.currentLocalAuthorities());
        json.set("currentPlans", byType(counts.currentPlans()));
        json.set("plansInPeriod", byType(counts.plansInPeriod()));
        json.put("queriesInPeriod", counts.queriesInPeriod());
        json.put("queryingOrganisations", counts.queryingOrganisations());
        ArrayNode perLa = json.putArray("providingLocalAuthorities");
        for (Organisation la : counts.providingLocalAuthorities()) {
            ObjectNode row = JsonReport.organisation(la);
            row.set("currentPlans", byType(ServiceCountsText.plansOf(counts, la.code())));
            perLa.add(row);
        }
        JsonReport.write(json, out);
    }

    private static ObjectNode byType(Map<PlanType, Long> counts) {
        ObjectNode node = JsonReport.object();
        for (PlanType type : PlanType.values()) {
            node.put(type.name(), ServiceCountsText.count(counts, type));
        }
        return node;
    }
}
