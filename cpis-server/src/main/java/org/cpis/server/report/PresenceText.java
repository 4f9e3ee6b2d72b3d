package org.cpis.server.report;

import java.io.PrintWriter;

/** CP-IS075 in one line that starts with the answer: PRESENT, ABSENT or UNKNOWN_REDACTED. */
public final class PresenceText implements ReportRenderer<PresenceReport> {

    @Override
    public void render(PresenceReport report, PrintWriter out) {
        String record = "the record of NHS number " + report.nhsNumber().spaced();
        String when = ReportTimes.text(report.at());
        out.println(report.presence() + ": " + switch (report.presence()) {
            case PRESENT -> record + " could be retrieved at " + when;
            case ABSENT -> record + " could not be retrieved at " + when;
            case UNKNOWN_REDACTED -> "whether " + record + " could be retrieved at " + when + " cannot be told:"
                    + " the audit entries that would tell were redacted at the end of their retention (CP-IS076)";
        });
    }
}
