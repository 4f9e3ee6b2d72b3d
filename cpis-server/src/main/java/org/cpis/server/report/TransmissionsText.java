package org.cpis.server.report;

import java.io.PrintWriter;
import org.cpis.core.access.Transmission;

/** CP-IS061 for people: a heading with the period, then one line per message, oldest first. */
public final class TransmissionsText implements ReportRenderer<TransmissionsReport> {

    @Override
    public void render(TransmissionsReport report, PrintWriter out) {
        out.println("Transmission log (CP-IS061), " + ReportTimes.text(report.from()) + " to "
                + ReportTimes.text(report.to()) + ": " + report.rows().size() + " message"
                + (report.rows().size() == 1 ? "" : "s") + (report.limitReached() ? " (limit reached; narrow the"
                + " period or raise --limit)" : ""));
        if (report.rows().isEmpty()) {
            return;
        }
        TextTable table = new TextTable("When", "Way", "From", "To", "Interaction", "Message id", "Bytes>", "Outcome");
        for (Transmission t : report.rows()) {
            table.row(ReportTimes.text(t.at()), t.direction(), t.origin(), t.destination(), t.interaction(),
                    t.messageId(), t.sizeBytes(), t.outcome());
        }
        table.print(out, "  ");
    }
}
