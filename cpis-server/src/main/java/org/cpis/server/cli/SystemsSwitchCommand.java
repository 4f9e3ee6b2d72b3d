package org.cpis.server.cli;

import java.util.concurrent.Callable;
import org.cpis.core.access.AccreditedSystem;
import org.cpis.core.model.Asid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cpis-server systems disable|enable ASID}: a disabled system's messages are refused from the next one on
 * (CP-IS059, CPIS-A003).
 */
abstract class SystemsSwitchCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(SystemsSwitchCommand.class);

    private final SettingsOptions options;
    private final boolean enabled;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ASID", description = "The system's ASID: 12 digits.")
    private String asidText;

    SystemsSwitchCommand(SettingsOptions options, boolean enabled) {
        this.options = options;
        this.enabled = enabled;
    }

    @Override
    public Integer call() {
        Asid asid = AccessArguments.asid(spec, "ASID", asidText);
        String command = "systems " + (enabled ? "enable" : "disable");
        AccreditedSystem system = AdminDatabase.use(options, command, database -> {
            if (!database.accreditedSystems().setEnabled(asid, enabled)) {
                throw new CommandFailedException("no system with ASID " + asid + " is registered; see 'cpis-server systems list'");
            }
            return database.accreditedSystems().byAsid(asid).orElseThrow();
        });
        String done = "System " + asid + " (" + system.name() + ") is " + (enabled
                ? "enabled: its messages are answered again"
                : "disabled: its messages are refused from now on (CPIS-A003)");
        LOG.info(done);
        spec.commandLine().getOut().println(done);
        return CpisServerCli.OK;
    }

    @Command(name = "disable", description = {"Disables an accredited system: every message it sends is refused from"
            + " the next one on (CP-IS059, CPIS-A003). Its registration and certificates are kept."})
    static final class Disable extends SystemsSwitchCommand {
        Disable(SettingsOptions options) {
            super(options, false);
        }
    }

    @Command(name = "enable", description = "Enables a disabled accredited system again.")
    static final class Enable extends SystemsSwitchCommand {
        Enable(SettingsOptions options) {
            super(options, true);
        }
    }
}
