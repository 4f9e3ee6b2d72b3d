package org.cpis.server.cli;

import picocli.CommandLine.Command;

/** {@code cpis-server mailboxes}: the Local Authorities' file-exchange mailboxes (CP-IS004, CP-SC014). */
@Command(name = "mailboxes",
        description = "Commands about the Local Authorities' file-exchange mailboxes: register an LA, list them,"
                + " disable or enable one (CP-SC014), and list the messages in them.")
final class MailboxesCommand {
}
