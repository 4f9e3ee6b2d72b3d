package org.cpis.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cpis.core.report.ReportService;
import org.cpis.core.report.ServiceCounts;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.server.report.ReportFormat;
import org.cpis.server.report.ReportRenderer;
import org.cpis.server.report.ServiceCountsCsv;
import org.cpis.server.report.ServiceCountsJson;
import org.cpis.server.report.ServiceCountsText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cpis-server report counts}: the counts of CP-IS077 for a period. */
@Command(name = "counts",
        description = {"CP-IS077: which Local Authorities provide information; current children, Local Authorities and"
                + " plans (CPP, LAC, UCPP); plans, NHS Query messages and querying NHS organisations in a period;"
                + " current plans per Local Authority.",
                "The period is whole days in Europe/London, both included; default: the last 30 days, today included."})
final class ReportCountsCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ReportCountsCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the period. Default: 29 days before --to.")
    private String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the period. Default: today.")
    private String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, csv or json. Default: text.")
    private String format;

    ReportCountsCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        ReportFormat chosen = ReportArguments.orWrongUsage(spec,
                () -> ReportArguments.format("--format", format, ReportFormat.TEXT, ReportFormat.CSV, ReportFormat.JSON));
        ReportArguments.Period period = ReportArguments.orWrongUsage(spec,
                () -> ReportArguments.period("--from", from, "--to", to, ServiceCalendar.today(ServiceCalendar.systemClock())));
        ServiceCounts counts = AdminDatabase.use(options, "report counts",
                database -> new ReportService(database.transactions(), ServiceCalendar.systemClock())
                        .serviceCounts(period.from(), period.to()));
        LOG.info("report counts for {} to {}", period.from(), period.to());
        PrintWriter out = spec.commandLine().getOut();
        renderer(chosen).render(counts, out);
        out.flush();
        return CpisServerCli.OK;
    }

    private static ReportRenderer<ServiceCounts> renderer(ReportFormat format) {
        return switch (format) {
            case TEXT -> new ServiceCountsText();
            case CSV -> new ServiceCountsCsv();
            case JSON -> new ServiceCountsJson();
        };
    }
}
