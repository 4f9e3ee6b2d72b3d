package org.cpis.server.report;

import java.io.PrintWriter;
import java.util.List;
import org.cpis.core.report.StalePlan;

/** CP-IS080 as CSV: {@code nhs_number,ods_code,local_authority,local_child_id,start_date}. */
public final class StalePlansCsv implements ReportRenderer<List<StalePlan>> {

    @Override
    public void render(List<StalePlan> plans, PrintWriter out) {
        CsvTable csv = new CsvTable(out, "nhs_number", "ods_code", "local_authority", "local_child_id", "start_date");
        for (StalePlan plan : plans) {
            csv.row(plan.nhsNumber(), plan.localAuthority().code(), plan.localAuthority().name(), plan.localChildId(),
                    ReportTimes.iso(plan.startDate()));
        }
    }
}
