package org.cpis.server.cli;

import java.util.concurrent.Callable;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cpis-server mailboxes disable|enable MAILBOX}: a disabled LA sends and receives nothing (CP-SC014); its
 * messages stay in its mailbox.
 */
abstract class MailboxesSwitchCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxesSwitchCommand.class);

    private final SettingsOptions options;
    private final boolean enabled;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "MAILBOX-ID", description = "The mailbox id, e.g. X26OT001.")
    private String mailboxText;

    MailboxesSwitchCommand(SettingsOptions options, boolean enabled) {
        this.options = options;
        this.enabled = enabled;
    }

    @Override
    public Integer call() {
        if (!MailboxId.isValid(mailboxText)) {
            throw new ParameterException(spec.commandLine(), "'" + mailboxText + "' is not a mailbox id, e.g. X26OT001");
        }
        MailboxId id = MailboxId.of(mailboxText);
        String command = "mailboxes " + (enabled ? "enable" : "disable");
        Mailbox mailbox = AdminDatabase.use(options, command, database -> {
            if (!database.mailboxes().setEnabled(id, enabled)) {
                throw new CommandFailedException("no mailbox " + id + " is registered; see 'cpis-server mailboxes list'");
            }
            return database.mailboxes().find(id).orElseThrow();
        });
        String done = "Mailbox " + id + " (" + mailbox.name() + ") is " + (enabled
                ? "enabled: its uploads are taken and it receives acknowledgements and notifications again"
                : "disabled: its uploads are refused and it receives no notifications until enabled again");
        LOG.info(done);
        spec.commandLine().getOut().println(done);
        return CpisServerCli.OK;
    }

    @Command(name = "disable", description = "Disables a Local Authority's mailbox (CP-SC014): its uploads are refused"
            + " and no notification is written for it. Messages already in it are kept.")
    static final class Disable extends MailboxesSwitchCommand {
        Disable(SettingsOptions options) {
            super(options, false);
        }
    }

    @Command(name = "enable", description = "Enables a disabled mailbox again.")
    static final class Enable extends MailboxesSwitchCommand {
        Enable(SettingsOptions options) {
            super(options, true);
        }
    }
}
