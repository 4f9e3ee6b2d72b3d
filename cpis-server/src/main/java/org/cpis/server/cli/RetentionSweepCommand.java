package org.cpis.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cpis.core.retention.RetentionService;
import org.cpis.core.retention.RetentionSweepResult;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.server.report.RetentionSweepText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cpis-server retention sweep}: the retention sweep the service runs daily, run once now. */
@Command(name = "sweep",
        description = {"Runs the retention sweep once, now, in one transaction, and prints what it did: open CPP/LAC"
                + " end-dated at the 18th birthday (CP-IS030); entries none of whose plans can be visible again"
                + " removed; access events of removed records removed (CP-IS039); audit entries past their retention"
                + " redacted (CP-IS076).",
                "The service runs the same sweep every day at retention.time."})
final class RetentionSweepCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSweepCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    RetentionSweepCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        RetentionSweepResult result = AdminDatabase.use(options, "retention sweep",
                database -> new RetentionService(database.transactions(), database.demographics(),
                        ServiceCalendar.systemClock()).sweep());
        LOG.info("Retention sweep done (retention sweep command): {}", RetentionSweepText.summary(result));
        PrintWriter out = spec.commandLine().getOut();
        new RetentionSweepText().render(result, out);
        out.flush();
        return CpisServerCli.OK;
    }
}
