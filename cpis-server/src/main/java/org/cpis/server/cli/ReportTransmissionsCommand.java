package org.cpis.server.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.cpis.core.access.Transmission;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.server.report.ReportFormat;
import org.cpis.server.report.ReportRenderer;
import org.cpis.server.report.TransmissionsCsv;
import org.cpis.server.report.TransmissionsJson;
import org.cpis.server.report.TransmissionsReport;
import org.cpis.server.report.TransmissionsText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cpis-server report transmissions}: the transmission log (CP-IS061). */
@Command(name = "transmissions",
        description = {"CP-IS061: the transmission log - every message in or out (NHS Queries and their answers,"
                + " LA files, acknowledgements, notifications): when, which way, from and to whom, what kind, how large,"
                + " how it ended. Never the content. Oldest first."})
final class ReportTransmissionsCommand implements Callable<Integer> {

    static final int DEFAULT_LIMIT = 1000;

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (Europe/London). Default: today.")
    private String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (Europe/London). Default: --from.")
    private String to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + DEFAULT_LIMIT,
            description = "At most this many rows, the oldest. Default: " + DEFAULT_LIMIT + ".")
    private String limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, csv or json. Default: text.")
    private String format;

    ReportTransmissionsCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        ReportFormat chosen = ReportArguments.orWrongUsage(spec,
                () -> ReportArguments.format("--format", format, ReportFormat.TEXT, ReportFormat.CSV, ReportFormat.JSON));
        ReportArguments.Period period = ReportArguments.orWrongUsage(spec, () -> {
            LocalDate today = LocalDate.now(ServiceCalendar.systemClock());
            ReportArguments.Period given = ReportArguments.optionalPeriod("--from", from, "--to", to);
            LocalDate first = given.from() != null ? given.from() : given.to() != null ? given.to() : today;
            LocalDate last = given.to() != null ? given.to() : first;
            return ReportArguments.optionalPeriod("--from", first.toString(), "--to", last.toString());
        });
        int max = ReportArguments.orWrongUsage(spec, () -> ReportArguments.positive("--limit", limit));
        Instant start = period.start();
        Instant end = period.end();
        List<Transmission> rows = AdminDatabase.use(options, "report transmissions",
                database -> database.transmissionLog().between(start, end, max + 1));
        boolean cut = rows.size() > max;
        TransmissionsReport report = new TransmissionsReport(start, end, cut ? rows.subList(0, max) : rows, cut);
        PrintWriter out = spec.commandLine().getOut();
        renderer(chosen).render(report, out);
        out.flush();
        if (cut && chosen != ReportFormat.TEXT) {
            spec.commandLine().getErr().println("report transmissions: stopped at the limit of " + max
                    + " rows; narrow the period or raise --limit");
        }
        return CpisServerCli.OK;
    }

    private static ReportRenderer<TransmissionsReport> renderer(ReportFormat format) {
        return switch (format) {
            case TEXT -> new TransmissionsText();
            case CSV -> new TransmissionsCsv();
            case JSON -> new TransmissionsJson();
        };
    }
}
