package org.cpis.server.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.cpis.core.access.Transmission;

/** CP-IS061 as one JSON document: the period, whether the limit cut it, and the rows. */
public final class TransmissionsJson implements ReportRenderer<TransmissionsReport> {

    @Override
    public void render(TransmissionsReport report, PrintWriter out) {
        ObjectNode json = JsonReport.document("CP-IS061 transmission log")
                .put("from", ReportTimes.iso(report.from()))
                .put("to", ReportTimes.iso(report.to()))
                .put("limitReached", report.limitReached());
        ArrayNode rows = json.putArray("transmissions");
        for (Transmission t : report.rows()) {
            rows.addObject()
                    .put("at", ReportTimes.iso(t.at()))
                    .put("direction", t.direction().name())
                    .put("origin", t.origin())
                    .put("destination", t.destination())
                    .put("interaction", t.interaction())
                    .put("messageId", t.messageId())
                    .put("sizeBytes", t.sizeBytes())
                    .put("outcome", t.outcome());
        }
        JsonReport.write(json, out);
    }
}
