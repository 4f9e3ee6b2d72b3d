package org.cpis.server.report;

import java.io.PrintWriter;
import org.cpis.core.access.Transmission;

/** CP-IS061 as CSV: {@code at,direction,origin,destination,interaction,message_id,size_bytes,outcome}. */
public final class TransmissionsCsv implements ReportRenderer<TransmissionsReport> {

    @Override
    public void render(TransmissionsReport report, PrintWriter out) {
        CsvTable csv = new CsvTable(out, "at", "direction", "origin", "destination", "interaction", "message_id",
                "size_bytes", "outcome");
        for (Transmission t : report.rows()) {
            csv.row(ReportTimes.iso(t.at()), t.direction(), t.origin(), t.destination(), t.interaction(), t.messageId(),
                    t.sizeBytes(), t.outcome());
        }
    }
}
