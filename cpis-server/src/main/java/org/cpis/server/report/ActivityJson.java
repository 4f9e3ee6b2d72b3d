package org.cpis.server.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/** CP-IS081 as one JSON document; {@code limitReached} says whether later rows may match too. */
public final class ActivityJson implements ReportRenderer<ActivityReport> {

    private final OrganisationNames organisations;

    public ActivityJson(OrganisationNames organisations) {
        this.organisations = organisations;
    }

    @Override
    public void render(ActivityReport report, PrintWriter out) {
        ObjectNode json = JsonReport.document("CP-IS081 activity")
                .put("limit", report.limit())
                .put("limitReached", report.limitReached());
        ArrayNode rows = json.putArray("entries");
        report.entries().forEach(row -> rows.add(SubjectAccessJson.audit(row, organisations)));
        JsonReport.write(json, out);
    }
}
