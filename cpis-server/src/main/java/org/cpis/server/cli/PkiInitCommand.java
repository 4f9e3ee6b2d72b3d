package org.cpis.server.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.cpis.server.pki.DevelopmentCa;
import org.cpis.server.tls.TlsMaterial;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cpis-server pki init}: a development CA, its key pair and self-signed certificate. */
@Command(name = "init",
        description = {"Creates a development certificate authority: an RSA key pair and a self-signed CA certificate,"
                + " written to <data>/pki/ca.p12 (PKCS#12) and <data>/pki/ca.pem.",
                "For development and demonstrations; in production use certificates from your organisation's PKI."})
final class PkiInitCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(PkiInitCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "CP-IS development CA",
            description = "The CA's name; a short random id is added. Default: ${DEFAULT-VALUE}.")
    private String name;

    @Option(names = "--days", paramLabel = "DAYS", defaultValue = "3650",
            description = "How long the CA certificate is valid. Default: ${DEFAULT-VALUE}.")
    private int days;

    @Option(names = "--force", description = "Replace an existing CA: every certificate it signed stops being trusted.")
    private boolean force;

    PkiInitCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        Duration validity = PkiSetup.days(spec, days);
        if (name.isBlank()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--name: give the CA a name");
        }
        PkiSetup pki = PkiSetup.prepare(options, true);
        PkiSetup.requireAbsentOrForced(pki.folder().caKeystore(), force, "a CA was made before");
        DevelopmentCa ca = DevelopmentCa.create(name, validity, Clock.systemUTC());
        ca.save(pki.folder().caKeystore(), pki.folder().caCertificate(), pki.password().value());
        LOG.info("Created the development CA '{}' in {}", ca.name(), pki.folder().directory());

        PrintWriter out = spec.commandLine().getOut();
        out.println("Created the development CA '" + ca.name() + "', valid until "
                + ca.certificate().getNotAfter().toInstant().toString().substring(0, 10) + ":");
        out.println("  " + pki.folder().caKeystore() + "  its key and certificate (PKCS#12; keep it secret)");
        out.println("  " + pki.folder().caCertificate() + "  its certificate (PEM): what the server and the clients trust");
        out.println("  SHA-256 fingerprint " + TlsMaterial.fingerprint(ca.certificate()));
        if (pki.password().isDevelopment()) {
            out.println("  " + pki.folder().developmentPassword() + "  the keystores' development password");
        }
        out.println("Next: cpis-server pki server --host HOST-NAME, then"
                + " cpis-server pki client --asid ASID --name \"SYSTEM NAME\" --ods ODS-CODE --register");
        return CpisServerCli.OK;
    }
}
