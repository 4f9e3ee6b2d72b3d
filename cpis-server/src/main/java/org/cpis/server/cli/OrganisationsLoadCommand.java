package org.cpis.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cpis.store.organisation.OrganisationCsv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpis-server organisations load FILE.csv}: the names that ODS codes are shown with (CP-IS008). */
@Command(name = "load",
        description = {"Loads organisations from a CSV file: UTF-8, a header line naming the columns ods_code, name"
                + " (required) and role (optional); each ODS code once.",
                "Each organisation is added or renamed. On bad input nothing is loaded and the line is named."})
final class OrganisationsLoadCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationsLoadCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "The organisations to load.")
    private Path file;

    OrganisationsLoadCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        InputFile.requireReadable(spec, file);
        int organisations = AdminDatabase.use(options, "organisations load",
                database -> new OrganisationCsv(database.organisations()).load(file));
        String loaded = "Loaded " + organisations + " organisations from " + file.toAbsolutePath();
        LOG.info(loaded);
        spec.commandLine().getOut().println(loaded);
        return CpisServerCli.OK;
    }
}
