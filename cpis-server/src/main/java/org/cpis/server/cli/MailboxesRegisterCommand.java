package org.cpis.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cpis.core.exchange.Door;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxConflictException;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.model.OdsCode;
import org.cpis.core.rules.ServiceCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cpis-server mailboxes register}: gives a Local Authority its mailbox (CP-IS004, CP-SC014). */
@Command(name = "register",
        description = {"Registers a Local Authority's mailbox: its id, the LA's ODS code and name, and the door it uses"
                + " (http: the MESH-compatible API; folder: a send and a receive folder under the service's mailbox"
                + " folder). A new mailbox is enabled.",
                "For the http door, the MESH password is generated and printed once unless given with --password."})
final class MailboxesRegisterCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxesRegisterCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--mailbox", paramLabel = "MAILBOX-ID", required = true,
            description = "The mailbox id, e.g. X26OT001: letters, digits, '.', '_' or '-' (upper-cased).")
    private String mailboxText;

    @Option(names = "--ods", paramLabel = "ODS-CODE", required = true,
            description = "The Local Authority's ODS code, as its upload files name it.")
    private String ods;

    @Option(names = "--name", paramLabel = "NAME", required = true, description = "The Local Authority's name.")
    private String name;

    @Option(names = "--door", paramLabel = "http|folder", defaultValue = "http",
            description = "How messages for the LA are handed over: http (default) or folder.")
    private String doorText;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "The mailbox's MESH password (at least 8 characters); generated when not given.")
    private String password;

    @Option(names = "--certificate", paramLabel = "FILE.pem",
            description = "The LA's client certificate for the HTTP door; when given, only that certificate may use"
                    + " the mailbox.")
    private Path certificate;

    MailboxesRegisterCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        if (!MailboxId.isValid(mailboxText)) {
            throw new ParameterException(spec.commandLine(), "--mailbox: '" + mailboxText + "' is not a mailbox id;"
                    + " use 1 to 100 letters, digits, '.', '_' or '-', e.g. X26OT001");
        }
        MailboxId id = MailboxId.of(mailboxText);
        OdsCode la = AccessArguments.odsCode(spec, "--ods", ods);
        Door door = door();
        if (name.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--name: give the Local Authority's name");
        }
        if (password != null && password.length() < 8) {
            throw new ParameterException(spec.commandLine(), "--password: use at least 8 characters");
        }
        String secret = password != null ? password : generated();
        String fingerprint = certificate == null ? null
                : AccessArguments.fingerprintOfFile(spec, "--certificate", certificate).hex();
        Mailbox mailbox = new Mailbox(id, la, name, door, true, ServiceCalendar.systemClock().instant(), fingerprint);
        AdminDatabase.use(options, "mailboxes register", database -> {
            try {
                database.mailboxes().register(mailbox, secret);
            } catch (MailboxConflictException e) {
                throw new CommandFailedException(e.getMessage() + "; see 'cpis-server mailboxes list'");
            }
            return null;
        });
        LOG.info("Registered mailbox {} for Local Authority {} ({} door)", id, la.value(), door);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Registered mailbox " + id + " for " + mailbox.name() + " (" + la.value() + "), "
                + door.name().toLowerCase(Locale.ROOT) + " door, enabled.");
        if (password == null && door == Door.HTTP) { // the folder door has no use for it
            out.println("MESH password (shown once; give it to the LA for its MESH client): " + secret);
        }
        return CpisServerCli.OK;
    }

    private Door door() {
        return switch (doorText.strip().toLowerCase(Locale.ROOT)) {
            case "http" -> Door.HTTP;
            case "folder" -> Door.FOLDER;
            default -> throw new ParameterException(spec.commandLine(), "--door: '" + doorText
                    + "' is not a door; use http or folder");
        };
    }

    private static String generated() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
