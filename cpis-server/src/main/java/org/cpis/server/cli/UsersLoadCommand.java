package org.cpis.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cpis.store.roles.RoleDirectoryCsv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpis-server users load FILE.csv}: the role directory from CSV. */
@Command(name = "load",
        description = {"Loads the role directory from a CSV file, one line per role profile: UTF-8, a header line naming"
                + " the columns user_id, role_profile_id, job_role_code, activities (required; activities separated by"
                + " '|', e.g. B0107|B0264) and given_name, family_name, enabled (optional).",
                "Each user in the file is added or replaced whole (role profiles and enabled state as the file says);"
                        + " others are left as they are. On bad input nothing is loaded and the line is named."})
final class UsersLoadCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(UsersLoadCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "The users and role profiles to load.")
    private Path file;

    UsersLoadCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        InputFile.requireReadable(spec, file);
        int users = AdminDatabase.use(options, "users load",
                database -> new RoleDirectoryCsv(database.roleDirectory()).load(file));
        String loaded = "Loaded " + users + " users from " + file.toAbsolutePath();
        LOG.info(loaded);
        spec.commandLine().getOut().println(loaded);
        return CpisServerCli.OK;
    }
}
