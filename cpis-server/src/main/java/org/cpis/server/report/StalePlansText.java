package org.cpis.server.report;

import java.io.PrintWriter;
import java.util.List;
import org.cpis.core.report.StalePlan;

/** CP-IS080 as a page for people, one line per stale Child Protection Plan. */
public final class StalePlansText implements ReportRenderer<List<StalePlan>> {

    @Override
    public void render(List<StalePlan> plans, PrintWriter out) {
        out.println("Child Protection Plans open for two years or more with neither end nor delete date (CP-IS080): "
                + plans.size());
        if (plans.isEmpty()) {
            return;
        }
        TextTable table = new TextTable("NHS number", "Local Authority", "Local child id", "Start date");
        for (StalePlan plan : plans) {
            table.row(plan.nhsNumber().spaced(), plan.localAuthority().name() + " (" + plan.localAuthority().code() + ")",
                    plan.localChildId() == null ? ReportTimes.NONE : plan.localChildId(), ReportTimes.text(plan.startDate()));
        }
        out.println();
        table.print(out, "");
    }
}
