package org.cpis.server.report;

import java.io.PrintWriter;
import org.cpis.core.retention.RetentionSweepResult;

/** What one retention sweep did: a few lines for the {@code retention sweep} command, one line for the log. */
public final class RetentionSweepText implements ReportRenderer<RetentionSweepResult> {

    @Override
    public void render(RetentionSweepResult result, PrintWriter out) {
        TextTable table = new TextTable("Retention sweep", "Count>");
        table.row("Entries end-dated at the child's 18th birthday (CP-IS030)", result.autoEndDated());
        table.row("Entries removed: no plan can be visible again (CP-IS009-011, 032-033)", result.purgedEntries());
        table.row("Access events removed with their child's record (CP-IS039)", result.purgedAccessEvents());
        table.row("Subjects whose audit entries were redacted (CP-IS076)", result.redactedSubjects());
        table.row("Subjects kept: PDS could not say whether they died (tried again next time)",
                result.retentionUndecided());
        table.print(out, "");
    }

    /** The counts in one line, with no personal data, for the log. */
    public static String summary(RetentionSweepResult result) {
        return result.autoEndDated() + " entries end-dated at 18, "
                + result.purgedEntries() + " entries removed, "
                + result.purgedAccessEvents() + " access events removed, "
                + result.redactedSubjects() + " subjects' audit entries redacted, "
                + result.retentionUndecided() + " subjects undecided (PDS unavailable)";
    }
}
