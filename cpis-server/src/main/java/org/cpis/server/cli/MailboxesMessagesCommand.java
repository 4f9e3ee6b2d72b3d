package org.cpis.server.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.exchange.MessageState;
import org.cpis.server.report.ReportTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cpis-server mailboxes messages}: the messages of the exchange by state - e.g. {@code --state EXPIRED} is the
 * report of messages no LA collected in time (never deleted).
 */
@Command(name = "messages", description = {"Lists messages of the file exchange by state, oldest first: id, from, to,"
        + " workflow, size, since when, and why (never their content).",
        "--state EXPIRED lists messages no Local Authority collected in time; they are kept, never deleted."})
final class MailboxesMessagesCommand implements Callable<Integer> {

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--state", paramLabel = "STATE", split = ",",
            description = "States to list (default: all but ACKNOWLEDGED and PROCESSED): UPLOADING, RECEIVED,"
                    + " PROCESSING, PROCESSED, REJECTED, READY, ACKNOWLEDGED, EXPIRED.")
    private List<String> states = new ArrayList<>();

    @Option(names = "--mailbox", paramLabel = "MAILBOX-ID", description = "Only messages from or to this mailbox.")
    private String mailboxText;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200", description = "At most N per state (default 200).")
    private int limit;

    MailboxesMessagesCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        List<MessageState> wanted = states.isEmpty()
                ? List.of(MessageState.UPLOADING, MessageState.RECEIVED, MessageState.PROCESSING,
                MessageState.REJECTED, MessageState.READY, MessageState.EXPIRED)
                : states.stream().map(this::state).toList();
        MailboxId mailbox = mailboxText == null ? null : mailbox();
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit: give a number of at least 1");
        }
        List<ExchangeMessage> messages = AdminDatabase.use(options, "mailboxes messages", database -> {
            List<ExchangeMessage> all = new ArrayList<>();
            wanted.forEach(s -> all.addAll(database.messages().inState(s, limit)));
            return all;
        }).stream()
                .filter(m -> mailbox == null || m.sender().equals(mailbox) || m.recipient().equals(mailbox))
                .sorted(Comparator.comparing(ExchangeMessage::createdAt))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (messages.isEmpty()) {
            out.println("No message in state " + wanted.stream().map(Enum::name).toList() + ".");
            return CpisServerCli.OK;
        }
        out.println(messages.size() + " message" + (messages.size() == 1 ? "" : "s") + ":");
        for (ExchangeMessage m : messages) {
            out.println("  " + m.messageId() + "  " + m.state() + " since " + ReportTimes.text(m.stateAt())
                    + "  " + m.sender() + " -> " + m.recipient() + "  " + m.workflowId() + "  " + m.sizeBytes()
                    + " bytes" + (m.localId() == null ? "" : "  local id " + m.localId())
                    + (m.note() == null ? "" : "  (" + m.note() + ")"));
        }
        return CpisServerCli.OK;
    }

    private MessageState state(String text) {
        try {
            return MessageState.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--state: '" + text + "' is not a message state; use "
                    + List.of(MessageState.values()));
        }
    }

    private MailboxId mailbox() {
        if (!MailboxId.isValid(mailboxText)) {
            throw new ParameterException(spec.commandLine(), "--mailbox: '" + mailboxText + "' is not a mailbox id");
        }
        return MailboxId.of(mailboxText);
    }
}
