package org.cpis.server.cli.la;

import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code cpis-server la}: the LA-side client of CP-IS, for a children's social care team or its system supplier
 * (issue 6; docs/LA-CLIENT.md). It builds upload files from the case-management export, checks, sends and tracks
 * them, and shows what CP-IS sends back.
 */
@Command(name = "la",
        description = {"The Local Authority client: build CP-IS upload files from the case-management export, check,"
                + " send and track them, and read acknowledgements and notifications. See docs/LA-CLIENT.md.",
                "Typical use: 'la sync' from cron every hour; 'la status' and 'la inbox' to look."},
        footerHeading = "%n",
        footer = {"Exit status of every la command: 0 done; 1 done, but something needs a person (a child held back,"
                + " a file that failed its check, a message that could not be read); 2 wrong usage; 3 failed (one line"
                + " says why, with its CPIS-L code)."})
public final class LaCommand {

    private LaCommand() {
    }

    /** The {@code la} command and its subcommands, with the clock they use ({@code ServiceCalendar.systemClock()}). */
    public static CommandLine commandLine(Clock clock, Map<String, String> environment) {
        LaContext context = new LaContext(clock, environment);
        return new CommandLine(new LaCommand())
                .addSubcommand(new LaBuildCommand(context))
                .addSubcommand(new LaCheckCommand(context))
                .addSubcommand(new LaSendCommand(context))
                .addSubcommand(new LaStatusCommand(context))
                .addSubcommand(new LaInboxCommand(context))
                .addSubcommand(new LaSyncCommand(context));
    }
}
