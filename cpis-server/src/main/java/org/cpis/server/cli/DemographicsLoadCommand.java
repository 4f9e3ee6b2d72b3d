package org.cpis.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cpis.store.demographics.DemographicsCsv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpis-server demographics load FILE.csv}: fills the PDS stand-in that uploads are checked against. */
@Command(name = "load",
        description = {"Loads people into the demographics table from a CSV file: UTF-8, a header line naming the"
                + " columns nhs_number, birth_date, given_name, family_name (required), death_date, sensitive,"
                + " invalid, superseded_by (optional); one line per current name of a person.",
                "Each person is added or replaced whole. On bad input nothing is loaded and the line is named."})
final class DemographicsLoadCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DemographicsLoadCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "The people to load.")
    private Path file;

    DemographicsLoadCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        InputFile.requireReadable(spec, file);
        int people = AdminDatabase.use(options, "demographics load",
                database -> new DemographicsCsv(database.demographics()).load(file));
        String loaded = "Loaded " + people + " people into the demographics table from " + file.toAbsolutePath();
        LOG.info(loaded);
        spec.commandLine().getOut().println(loaded);
        return CpisServerCli.OK;
    }
}
