package org.cpis.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cpis.store.systems.AccreditedSystemCsv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpis-server systems load FILE.csv}: the allow-list of accredited systems from CSV. */
@Command(name = "load",
        description = {"Loads accredited systems from a CSV file: UTF-8, a header line naming the columns asid, name,"
                + " ods_code, certificate_sha256 (required) and device_queries_allowed, enabled (optional);"
                + " several lines with one ASID give it several certificates.",
                "Each system in the file is added or replaced whole (certificates and enabled state as the file says);"
                        + " others are left as they are. On bad input nothing is loaded and the line is named."})
final class SystemsLoadCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(SystemsLoadCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "The systems to load.")
    private Path file;

    SystemsLoadCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        InputFile.requireReadable(spec, file);
        int systems = AdminDatabase.use(options, "systems load",
                database -> new AccreditedSystemCsv(database.accreditedSystems()).load(file));
        String loaded = "Loaded " + systems + " accredited systems from " + file.toAbsolutePath();
        LOG.info(loaded);
        spec.commandLine().getOut().println(loaded);
        return CpisServerCli.OK;
    }
}
