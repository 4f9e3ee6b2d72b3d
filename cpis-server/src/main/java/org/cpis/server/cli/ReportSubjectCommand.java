package org.cpis.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.report.ReportService;
import org.cpis.core.report.SubjectAccessReport;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.server.report.OrganisationNames;
import org.cpis.server.report.ReportFormat;
import org.cpis.server.report.ReportRenderer;
import org.cpis.server.report.SubjectAccessJson;
import org.cpis.server.report.SubjectAccessText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpis-server report subject NHS-NUMBER}: everything CP-IS holds about one NHS number (CP-IS079). */
@Command(name = "subject",
        description = {"CP-IS079 subject access report: every Local Authority entry held for the NHS number in full"
                + " (local child id, plans with start, end and delete dates, upload file, when received), every access"
                + " event (when, who, role, organisation) and the audit history.",
                "It holds personal data: keep the output as safely as the database."})
final class ReportSubjectCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ReportSubjectCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NHS-NUMBER", description = "10 digits, e.g. 9990000018 (spaces allowed: '999 000 0018').")
    private String nhsNumber;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default: text.")
    private String format;

    ReportSubjectCommand(SettingsOptions options) {
        this.options = options;
    }

    private record Found(SubjectAccessReport report, OrganisationNames organisations) {
    }

    @Override
    public Integer call() {
        ReportFormat chosen = ReportArguments.orWrongUsage(spec,
                () -> ReportArguments.format("--format", format, ReportFormat.TEXT, ReportFormat.JSON));
        NhsNumber subject = ReportArguments.orWrongUsage(spec, () -> ReportArguments.nhsNumber("NHS-NUMBER", nhsNumber));
        Found found = AdminDatabase.use(options, "report subject", database -> {
            SubjectAccessReport report = new ReportService(database.transactions(), ServiceCalendar.systemClock())
                    .subjectAccessReport(subject);
            OrganisationNames listed = OrganisationNames.lookUp(report.auditHistory().stream()
                    .map(row -> row.event().actorOrganisation()).collect(Collectors.toList()), database.organisations());
            // an LA not in the directory is still known by the name it sent with its upload
            return new Found(report, listed.orNamesOf(report.entries().stream()
                    .map(entry -> entry.localAuthority().organisation()).toList()));
        });
        SubjectAccessReport report = found.report();
        LOG.info("report subject: {} entries, {} access events, {} audit entries", report.entries().size(),
                report.accessEvents().size(), report.auditHistory().size());
        PrintWriter out = spec.commandLine().getOut();
        renderer(chosen, found.organisations()).render(report, out);
        out.flush();
        return CpisServerCli.OK;
    }

    private static ReportRenderer<SubjectAccessReport> renderer(ReportFormat format, OrganisationNames organisations) {
        return format == ReportFormat.JSON ? new SubjectAccessJson(organisations) : new SubjectAccessText(organisations);
    }
}
