package org.cpis.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cpis.core.audit.AuditEntry;
import org.cpis.core.audit.AuditQuery;
import org.cpis.core.report.ReportService;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.server.report.ActivityCsv;
import org.cpis.server.report.ActivityJson;
import org.cpis.server.report.ActivityReport;
import org.cpis.server.report.ActivityText;
import org.cpis.server.report.OrganisationNames;
import org.cpis.server.report.ReportFormat;
import org.cpis.server.report.ReportRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cpis-server report activity}: who viewed or changed which record, when, from where (CP-IS081). */
@Command(name = "activity",
        description = {"CP-IS081: the audit trail, filtered: who viewed (RECORD_ACCESSED, QUERY_NOT_FOUND) or changed"
                + " (RECORD_STORED, RECORD_REFUSED, UPLOAD_PROCESSED, ...) which record, when, and from which"
                + " organisation. Oldest first; the filters combine (all must match)."})
final class ReportActivityCommand implements Callable<Integer> {

    static final int DEFAULT_LIMIT = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(ReportActivityCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--nhs", paramLabel = "NHS-NUMBER", description = "Only entries about this NHS number.")
    private String nhsNumber;

    @Option(names = "--user", paramLabel = "ACTOR", description = "Only entries by this actor, as the audit trail names"
            + " it: sds:USER-ID (a smartcard user), asid:ASID/NAME (a system), la:ODS (an LA's upload), cp-is:retention.")
    private String actor;

    @Option(names = "--org", paramLabel = "ODS-CODE", description = "Only entries from this organisation, e.g. RX1 or X09.")
    private String organisation;

    @Option(names = "--action", paramLabel = "ACTION", split = ",", description = "Only these actions (repeat the option"
            + " or separate with commas): RECORD_STORED, RECORD_REFUSED, RECORD_AUTO_END_DATED, RECORD_PURGED,"
            + " RECORD_ACCESSED, QUERY_NOT_FOUND, UPLOAD_PROCESSED, UPLOAD_REFUSED, NOTIFICATION_CREATED, AUDIT_REDACTED,"
            + " QUERY_REFUSED.")
    private List<String> actions;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only entries on or after this day (Europe/London).")
    private String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only entries on or before this day (Europe/London).")
    private String to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + DEFAULT_LIMIT,
            description = "At most this many entries, the oldest that match. Default: " + DEFAULT_LIMIT + ".")
    private String limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, csv or json. Default: text.")
    private String format;

    ReportActivityCommand(SettingsOptions options) {
        this.options = options;
    }

    private record Found(List<AuditEntry> entries, OrganisationNames organisations) {
    }

    @Override
    public Integer call() {
        ReportFormat chosen = ReportArguments.orWrongUsage(spec,
                () -> ReportArguments.format("--format", format, ReportFormat.TEXT, ReportFormat.CSV, ReportFormat.JSON));
        AuditQuery query = ReportArguments.orWrongUsage(spec, this::query);
        Found found = AdminDatabase.use(options, "report activity", database -> {
            List<AuditEntry> entries = new ReportService(database.transactions(), ServiceCalendar.systemClock())
                    .activity(query);
            return new Found(entries, OrganisationNames.lookUp(entries.stream()
                    .map(row -> row.event().actorOrganisation()).collect(Collectors.toList()), database.organisations()));
        });
        ActivityReport report = new ActivityReport(found.entries(), query.limit());
        LOG.info("report activity: {} entries", report.entries().size());
        PrintWriter out = spec.commandLine().getOut();
        renderer(chosen, found.organisations()).render(report, out);
        out.flush();
        if (report.limitReached() && chosen != ReportFormat.TEXT) {
            spec.commandLine().getErr().println("report activity: stopped at the limit of " + query.limit()
                    + " entries; later entries may match too: narrow the search or raise --limit");
        }
        return CpisServerCli.OK;
    }

    AuditQuery query() {
        ReportArguments.Period period = ReportArguments.optionalPeriod("--from", from, "--to", to);
        return new AuditQuery(
                nhsNumber == null ? null : ReportArguments.nhsNumber("--nhs", nhsNumber),
                actor == null || actor.isBlank() ? null : actor.strip(),
                organisation == null ? null : ReportArguments.odsCode("--org", organisation),
                ReportArguments.actions("--action", actions),
                period.start(), period.end(),
                ReportArguments.positive("--limit", limit));
    }

    private static ReportRenderer<ActivityReport> renderer(ReportFormat format, OrganisationNames organisations) {
        return switch (format) {
            case TEXT -> new ActivityText(organisations);
            case CSV -> new ActivityCsv(organisations);
            case JSON -> new ActivityJson(organisations);
        };
    }
}
