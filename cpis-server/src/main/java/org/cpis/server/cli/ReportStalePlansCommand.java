package org.cpis.server.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.cpis.core.report.ReportService;
import org.cpis.core.report.StalePlan;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.server.report.ReportFormat;
import org.cpis.server.report.ReportRenderer;
import org.cpis.server.report.StalePlansCsv;
import org.cpis.server.report.StalePlansJson;
import org.cpis.server.report.StalePlansText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cpis-server report stale-plans}: Child Protection Plans open for two years or more (CP-IS080). */
@Command(name = "stale-plans",
        description = {"CP-IS080: every Child Protection Plan whose start date is two years ago or more and that has"
                + " neither end date nor delete date, oldest first: NHS number, Local Authority, local child id,"
                + " start date."})
final class ReportStalePlansCommand implements Callable<Integer> {

    /** Oldest first; then by NHS number and LA, so that the order is the same every time. */
    static final Comparator<StalePlan> ORDER = Comparator.comparing(StalePlan::startDate)
            .thenComparing(StalePlan::nhsNumber)
            .thenComparing(plan -> plan.localAuthority().code());

    private static final Logger LOG = LoggerFactory.getLogger(ReportStalePlansCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, csv or json. Default: text.")
    private String format;

    ReportStalePlansCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        ReportFormat chosen = ReportArguments.orWrongUsage(spec,
                () -> ReportArguments.format("--format", format, ReportFormat.TEXT, ReportFormat.CSV, ReportFormat.JSON));
        List<StalePlan> plans = AdminDatabase.use(options, "report stale-plans",
                database -> new ReportService(database.transactions(), ServiceCalendar.systemClock())
                        .staleChildProtectionPlans()).stream().sorted(ORDER).toList();
        LOG.info("report stale-plans: {} plans", plans.size());
        PrintWriter out = spec.commandLine().getOut();
        renderer(chosen).render(plans, out);
        out.flush();
        return CpisServerCli.OK;
    }

    private static ReportRenderer<List<StalePlan>> renderer(ReportFormat format) {
        return switch (format) {
            case TEXT -> new StalePlansText();
            case CSV -> new StalePlansCsv();
            case JSON -> new StalePlansJson();
        };
    }
}
