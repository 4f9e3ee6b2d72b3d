package org.cpis.server.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.report.Presence;
import org.cpis.core.report.ReportService;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.server.report.PresenceReport;
import org.cpis.server.report.PresenceText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpis-server report presence NHS-NUMBER --at WHEN}: was the record retrievable then (CP-IS075)? */
@Command(name = "presence",
        description = {"CP-IS075: whether the record of an NHS number could be retrieved by an NHS Query at a past"
                + " moment, derived from the audit trail alone (records removed since are found too).",
                "Prints PRESENT, ABSENT or UNKNOWN_REDACTED (the audit entries that would tell were redacted at the end"
                        + " of their retention). Exit status 0 when PRESENT, 1 otherwise."})
final class ReportPresenceCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ReportPresenceCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NHS-NUMBER", description = "10 digits, e.g. 9990000018.")
    private String nhsNumber;

    @Option(names = "--at", paramLabel = "WHEN", required = true,
            description = "The moment: an instant (2026-01-31T14:30:00Z), a time on England's clock (2026-01-31T14:30)"
                    + " or a date (2026-01-31: the end of that day, Europe/London).")
    private String at;

    ReportPresenceCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        NhsNumber subject = ReportArguments.orWrongUsage(spec, () -> ReportArguments.nhsNumber("NHS-NUMBER", nhsNumber));
        Instant moment = ReportArguments.orWrongUsage(spec, () -> ReportArguments.moment("--at", at));
        Presence presence = AdminDatabase.use(options, "report presence",
                database -> new ReportService(database.transactions(), ServiceCalendar.systemClock())
                        .presenceAt(subject, moment));
        LOG.info("report presence: {}", presence);
        new PresenceText().render(new PresenceReport(subject, moment, presence), spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return presence == Presence.PRESENT ? CpisServerCli.OK : CpisServerCli.ANSWER_NO;
    }
}
