package org.cpis.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.store.demographics.DemographicsChangeCsv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cpis-server demographics changes FILE.csv}: PDS says numbers are no longer in use (superseded or merged);
 * the running service notifies every LA holding one of them, once (CP-IS012).
 */
@Command(name = "changes",
        description = {"Loads a demographics change file: NHS numbers PDS marked superseded or merged. CSV, UTF-8, a"
                + " header line naming the columns nhs_number, kind (SUPERSEDED or MERGED) and replacement_nhs_number"
                + " (optional, may be empty).",
                "Each number is marked superseded in the demographics table and queued for an Inactive NHS Number"
                        + " notification to every Local Authority holding it (CP-IS012), sent once by the running"
                        + " service. Loading the same file again changes nothing. On bad input nothing is loaded."})
final class DemographicsChangesCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DemographicsChangesCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "The changes to load.")
    private Path file;

    DemographicsChangesCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        InputFile.requireReadable(spec, file);
        DemographicsChangeCsv.Loaded loaded = AdminDatabase.use(options, "demographics changes",
                database -> new DemographicsChangeCsv(database.demographicsChanges(), ServiceCalendar.systemClock())
                        .load(file));
        String done = "Loaded " + loaded.changes() + " demographics changes from " + file.toAbsolutePath() + ": "
                + loaded.added() + " new, " + (loaded.changes() - loaded.added()) + " already known";
        LOG.info(done);
        spec.commandLine().getOut().println(done);
        return CpisServerCli.OK;
    }
}
