package org.cpis.server.cli;

import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cpis-server users disable|enable USER-ID}: a disabled user's queries are refused from the next one on
 * (CP-IS059, CPIS-A005).
 */
abstract class UsersSwitchCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(UsersSwitchCommand.class);

    private final SettingsOptions options;
    private final boolean enabled;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "USER-ID", description = "The SDS user id, e.g. 555000000101.")
    private String userIdText;

    UsersSwitchCommand(SettingsOptions options, boolean enabled) {
        this.options = options;
        this.enabled = enabled;
    }

    @Override
    public Integer call() {
        String userId = AccessArguments.sdsUserId(spec, "USER-ID", userIdText);
        String command = "users " + (enabled ? "enable" : "disable");
        AdminDatabase.use(options, command, database -> {
            if (!database.roleDirectory().setEnabled(userId, enabled)) {
                throw new CommandFailedException("no SDS user " + userId + " is in the role directory; load them with"
                        + " 'cpis-server users load FILE.csv'");
            }
            return null;
        });
        String done = "SDS user " + userId + " is " + (enabled
                ? "enabled: their queries are answered again"
                : "disabled: their queries are refused from now on (CPIS-A005)");
        LOG.info(done);
        spec.commandLine().getOut().println(done);
        return CpisServerCli.OK;
    }

    @Command(name = "disable", description = {"Disables a user: every query they make is refused from the next one on"
            + " (CP-IS059, CPIS-A005). Their role profiles are kept."})
    static final class Disable extends UsersSwitchCommand {
        Disable(SettingsOptions options) {
            super(options, false);
        }
    }

    @Command(name = "enable", description = "Enables a disabled user again.")
    static final class Enable extends UsersSwitchCommand {
        Enable(SettingsOptions options) {
            super(options, true);
        }
    }
}
