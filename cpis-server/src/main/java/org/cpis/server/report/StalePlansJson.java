package org.cpis.server.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.cpis.core.report.StalePlan;

/** CP-IS080 as one JSON document. */
public final class StalePlansJson implements ReportRenderer<List<StalePlan>> {

    @Override
    public void render(List<StalePlan> plans, PrintWriter out) {
        ObjectNode json = JsonReport.document("CP-IS080 stale child protection plans");
        ArrayNode rows = json.putArray("plans");
        for (StalePlan plan : plans) {
            ObjectNode row = JsonReport.object().put("nhsNumber", plan.nhsNumber().value());
            row.set("localAuthority", JsonReport.organisation(plan.localAuthority()));
            row.put("localChildId", plan.localChildId()).put("startDate", ReportTimes.iso(plan.startDate()));
            rows.add(row);
        }
        JsonReport.write(json, out);
    }
}
