package org.cpis.server.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxId;
import org.cpis.server.pki.DevelopmentCa;
import org.cpis.server.pki.IssuedCertificate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cpis-server pki mailbox --mailbox ID}: a MESH client certificate for a registered Local Authority mailbox,
 * signed by the development CA, for the MESH-compatible door's mutual TLS.
 */
@Command(name = "mailbox",
        description = {"Issues a MESH client certificate for a registered Local Authority mailbox, signed by the"
                + " development CA; its subject is CN=MAILBOX.ODS.api.mesh-client.nhs.uk, OU=the LA's name. Prints its"
                + " SHA-256 fingerprint.",
                "Written to <data>/pki/mailboxes/MAILBOX.p12 (key and certificate chain, PKCS#12; its password is the"
                        + " PKI password) and mailboxes/MAILBOX.pem; give both, with pki/ca.pem, to the LA's MESH"
                        + " client. Any certificate of the CA is let in unless the mailbox was registered with"
                        + " --certificate."})
final class PkiMailboxCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(PkiMailboxCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--mailbox", paramLabel = "MAILBOX-ID", required = true,
            description = "The mailbox id, registered with 'cpis-server mailboxes register'.")
    private String mailboxText;

    @Option(names = "--days", paramLabel = "DAYS", defaultValue = "825",
            description = "How long the certificate is valid (never beyond the CA's). Default: ${DEFAULT-VALUE}.")
    private int days;

    @Option(names = "--force", description = "Replace a certificate issued for this mailbox before.")
    private boolean force;

    PkiMailboxCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        Duration validity = PkiSetup.days(spec, days);
        if (!MailboxId.isValid(mailboxText)) {
            throw new ParameterException(spec.commandLine(), "--mailbox: '" + mailboxText + "' is not a mailbox id");
        }
        MailboxId id = MailboxId.of(mailboxText);
        PkiSetup pki = PkiSetup.prepare(options, false);
        PkiSetup.requireAbsentOrForced(pki.folder().mailboxKeystore(id.value()), force,
                "a certificate was issued for this mailbox before");
        Mailbox mailbox = AdminDatabase.use(options, "pki mailbox", database -> database.mailboxes().find(id))
                .orElseThrow(() -> new CommandFailedException("no mailbox " + id + " is registered; register it first"
                        + " with 'cpis-server mailboxes register'"));
        DevelopmentCa ca = DevelopmentCa.load(pki.folder().caKeystore(), pki.password().value(), Clock.systemUTC());
        IssuedCertificate client = ca.issueMailboxClient(id.value(), mailbox.localAuthority().value(), mailbox.name(),
                validity);
        client.save(pki.folder().mailboxKeystore(id.value()), pki.folder().mailboxCertificate(id.value()),
                DevelopmentCa.CLIENT_ALIAS, pki.password().value());
        LOG.info("Issued a MESH client certificate for mailbox {}", id);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Issued a MESH client certificate for mailbox " + id + " (" + mailbox.name() + "), signed by '"
                + ca.name() + "', valid until " + client.notAfter().toString().substring(0, 10) + ":");
        out.println("  " + pki.folder().mailboxKeystore(id.value()) + "  its key and certificate chain (PKCS#12)");
        out.println("  " + pki.folder().mailboxCertificate(id.value()) + "  its certificate (PEM)");
        out.println("  SHA-256 fingerprint " + client.fingerprint());
        return CpisServerCli.OK;
    }
}
