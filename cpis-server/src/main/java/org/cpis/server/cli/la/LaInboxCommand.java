package org.cpis.server.cli.la;

import java.io.PrintWriter;
import java.util.List;
import org.cpis.sft.la.LaClient;
import org.cpis.sft.la.inbox.InboxResult;
import org.cpis.sft.la.inbox.MessageView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code la inbox}: takes CP-IS's messages from the inbox, applies them, and shows them. */
@Command(name = "inbox",
        description = {"Takes the messages CP-IS sent to the LA's mailbox (acknowledgements, Access to Service"
                + " Notifications, Inactive NHS Number Notifications; CP-SC019), keeps them in the state folder,"
                + " applies the acknowledgements to the upload files' statuses, and shows the new ones: refused"
                + " children with reasons; who looked at which child (by local id), their role, where and when, most"
                + " recent first; old and new NHS numbers. Messages of other MESH workflows are left alone.",
                "Exit status 0 done; 1 a message could not be read or matched; 3 failed."})
final class LaInboxCommand extends LaSubcommand {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json. Default: table.")
    String format;

    @Option(names = "--all", description = "Show every message kept, not only the new ones.")
    boolean all;

    @Option(names = "--no-download", description = "Do not take new messages; show those kept (with --all: all).")
    boolean noDownload;

    @Option(names = "--update-numbers",
            description = "CP-SC023, CP-SC024: for an inactive NHS number with a known new number, send the new number"
                    + " for the child from the next build on (until the export gives it).")
    boolean updateNumbers;

    LaInboxCommand(LaContext context) {
        super(context);
    }

    @Override
    int run() {
        OutputFormat chosen = OutputFormat.of(spec, format);
        LaClient client = client();
        InboxResult result = noDownload ? null : client.inbox(updateNumbers);
        List<MessageView> messages = client.messages(all || result == null ? null : result.received());
        PrintWriter out = out();
        switch (chosen) {
            case TABLE -> {
                if (result != null) {
                    out.println(result.received().size() + " new message" + (result.received().size() == 1 ? "" : "s")
                            + (result.leftAlone() == 0 ? "" : "; " + result.leftAlone() + " of other workflows left in"
                            + " the mailbox") + ".");
                }
                InboxOutput.table(messages, out);
                if (result != null) {
                    printFindings(result.findings());
                }
            }
            case CSV -> InboxOutput.csv(messages, out);
            case JSON -> InboxOutput.json(messages, out);
        }
        out.flush();
        if (result != null && chosen != OutputFormat.TABLE) {
            result.findings().forEach(f -> err().println(f.describe()));
            err().flush();
        }
        return result != null && result.findings().stream().anyMatch(f -> f.isProblem()) ? LaExit.ATTENTION : LaExit.OK;
    }
}
