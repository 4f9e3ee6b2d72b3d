package org.cpis.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cpis.core.exchange.Mailbox;
import org.cpis.server.report.ReportTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cpis-server mailboxes list}: the registered mailboxes, with how many messages wait in each. */
@Command(name = "list", description = "Lists the mailboxes: id, Local Authority, door, state, messages waiting for"
        + " the LA.")
final class MailboxesListCommand implements Callable<Integer> {

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    MailboxesListCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        record Row(Mailbox mailbox, int waiting) {
        }
        List<Row> rows = AdminDatabase.use(options, "mailboxes list", database -> database.mailboxes().all().stream()
                .map(m -> new Row(m, database.messages().inboxCount(m.id()))).toList());
        PrintWriter out = spec.commandLine().getOut();
        if (rows.isEmpty()) {
            out.println("No mailbox is registered; see 'cpis-server mailboxes register --help'.");
            return CpisServerCli.OK;
        }
        out.println(rows.size() + " mailbox" + (rows.size() == 1 ? "" : "es") + ":");
        for (Row row : rows) {
            Mailbox m = row.mailbox();
            out.println("  " + m.id() + "  " + m.name() + " (" + m.localAuthority().value() + ")  "
                    + m.door().name().toLowerCase(Locale.ROOT) + " door, " + (m.enabled() ? "enabled" : "DISABLED")
                    + ", " + row.waiting() + " message" + (row.waiting() == 1 ? "" : "s") + " waiting, registered "
                    + ReportTimes.text(m.registeredAt())
                    + (m.certificateFingerprint() == null ? "" : ", certificate SHA-256 " + m.certificateFingerprint()));
        }
        return CpisServerCli.OK;
    }
}
