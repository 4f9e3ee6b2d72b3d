package org.cpis.server.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cpis.core.access.AccreditedSystem;
import org.cpis.core.model.Asid;
import org.cpis.core.model.OdsCode;
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
 * {@code cpis-server pki client --asid ASID --name NAME}: a client certificate for an accredited system, signed by
 * the development CA; with {@code --register}, the system is put on the allow-list with it (CP-NHS018).
 */
@Command(name = "client",
        description = {"Issues a client certificate for an accredited system, signed by the development CA; its subject"
                + " is CN=ASID, OU=NAME. Prints its SHA-256 fingerprint.",
                "Written to <data>/pki/clients/ASID.p12 (key and certificate chain, PKCS#12) and clients/ASID.pem.",
                "With --register, also registers the system (ASID and fingerprint) on the allow-list in the database."})
final class PkiClientCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(PkiClientCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--asid", paramLabel = "ASID", required = true, description = "The system's ASID: 12 digits.")
    private String asidText;

    @Option(names = "--name", paramLabel = "NAME", required = true, description = "The system's name, e.g. \"Example ED system\".")
    private String name;

    @Option(names = "--ods", paramLabel = "ODS-CODE",
            description = "ODS code of the organisation that runs the system; needed with --register for a system not"
                    + " yet registered.")
    private String ods;

    @Option(names = "--register", description = "Also register the system with this certificate in the database.")
    private boolean register;

    @Option(names = "--device-queries",
            description = "With --register: the system may query without a smartcard user (a device author).")
    private boolean deviceQueries;

    @Option(names = "--days", paramLabel = "DAYS", defaultValue = "825",
            description = "How long the certificate is valid (never beyond the CA's). Default: ${DEFAULT-VALUE}.")
    private int days;

    @Option(names = "--force", description = "Replace an existing certificate for this ASID (the old one stays"
            + " registered until removed with 'systems remove-certificate').")
    private boolean force;

    PkiClientCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        Duration validity = PkiSetup.days(spec, days);
        Asid asid = AccessArguments.asid(spec, "--asid", asidText);
        OdsCode organisation = ods == null ? null : AccessArguments.odsCode(spec, "--ods", ods);
        if (name.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--name: give the system a name");
        }
        if (deviceQueries && !register) {
            throw new ParameterException(spec.commandLine(), "--device-queries goes with --register");
        }
        PkiSetup pki = PkiSetup.prepare(options, false);
        PkiSetup.requireAbsentOrForced(pki.folder().clientKeystore(asid), force, "a certificate was issued for this ASID before");
        DevelopmentCa ca = DevelopmentCa.load(pki.folder().caKeystore(), pki.password().value(), Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        if (!register) {
            IssuedCertificate client = issue(pki, ca, asid, validity, out);
            out.println("Register it with: cpis-server systems register --asid " + asid + " --name \"" + name.strip()
                    + "\" --ods ODS-CODE --fingerprint " + client.fingerprint());
            return CpisServerCli.OK;
        }
        AccreditedSystem registered = AdminDatabase.use(options, "pki client", database -> {
            Optional<AccreditedSystem> existing = database.accreditedSystems().byAsid(asid);
            if (existing.isEmpty() && organisation == null) {
                throw new ParameterException(spec.commandLine(),
                        "--ods: system " + asid + " is not registered yet; give the ODS code of the organisation that runs it");
            }
            IssuedCertificate client = issue(pki, ca, asid, validity, out);
            OdsCode code = organisation != null ? organisation : existing.get().organisation();
            boolean device = deviceQueries || existing.map(AccreditedSystem::deviceQueriesAllowed).orElse(false);
            return database.accreditedSystems().register(new AccreditedSystem(asid, name.strip(), code,
                    Set.of(client.fingerprint()), true, device));
        });
        LOG.info("Registered system {} with a new client certificate", asid);
        out.println("Registered system " + asid + " (" + registered.name() + ", " + registered.organisation() + "): "
                + SystemsListCommand.state(registered) + ", " + registered.certificates().size() + " certificate"
                + (registered.certificates().size() == 1 ? "" : "s"));
        return CpisServerCli.OK;
    }

    private IssuedCertificate issue(PkiSetup pki, DevelopmentCa ca, Asid asid, Duration validity, PrintWriter out) {
        IssuedCertificate client = ca.issueClient(asid, name, validity);
        client.save(pki.folder().clientKeystore(asid), pki.folder().clientCertificate(asid), DevelopmentCa.CLIENT_ALIAS,
                pki.password().value());
        LOG.info("Issued a client certificate for ASID {} in {}", asid, pki.folder().directory());
        out.println("Issued a client certificate for ASID " + asid + " (" + name.strip() + "), signed by '" + ca.name()
                + "', valid until " + client.notAfter().toString().substring(0, 10) + ":");
        out.println("  " + pki.folder().clientKeystore(asid) + "  its key and certificate chain (PKCS#12; give it to the system)");
        out.println("  " + pki.folder().clientCertificate(asid) + "  its certificate (PEM)");
        out.println("  SHA-256 fingerprint " + client.fingerprint());
        return client;
    }
}
