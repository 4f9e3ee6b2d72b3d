package org.cpis.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cpis.core.access.AccreditedSystem;
import org.cpis.core.access.CertificateFingerprint;
import org.cpis.core.model.Asid;
import org.cpis.core.model.OdsCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cpis-server systems register}: puts a system and its client certificates on the allow-list (CP-NHS018). */
@Command(name = "register",
        description = {"Registers an accredited system with its client certificate(s), or adds certificates to one"
                + " already registered and updates its details.",
                "A new system is enabled; registering again never enables a disabled system (use 'systems enable')."})
final class SystemsRegisterCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(SystemsRegisterCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--asid", paramLabel = "ASID", required = true, description = "The system's ASID: 12 digits.")
    private String asidText;

    @Option(names = "--name", paramLabel = "NAME", description = "The system's name (required for a new system).")
    private String name;

    @Option(names = "--ods", paramLabel = "ODS-CODE",
            description = "ODS code of the organisation that runs it (required for a new system).")
    private String ods;

    @Option(names = "--fingerprint", paramLabel = "SHA-256",
            description = "SHA-256 fingerprint of a client certificate (64 hex digits or AB:CD:...); may be repeated.")
    private List<String> fingerprints = new ArrayList<>();

    @Option(names = "--certificate", paramLabel = "FILE.pem",
            description = "A client certificate file (PEM or DER) whose fingerprint to register; may be repeated.")
    private List<Path> certificateFiles = new ArrayList<>();

    @Option(names = "--device-queries", paramLabel = "true|false", arity = "0..1", fallbackValue = "true",
            description = "Whether the system may query without a smartcard user (a device author). Default for a new"
                    + " system: false; not given: unchanged.")
    private Boolean deviceQueries;

    SystemsRegisterCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        Asid asid = AccessArguments.asid(spec, "--asid", asidText);
        OdsCode organisation = ods == null ? null : AccessArguments.odsCode(spec, "--ods", ods);
        Set<CertificateFingerprint> certificates = new LinkedHashSet<>();
        fingerprints.forEach(f -> certificates.add(AccessArguments.fingerprint(spec, "--fingerprint", f)));
        certificateFiles.forEach(f -> certificates.add(AccessArguments.fingerprintOfFile(spec, "--certificate", f)));
        if (name != null && name.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--name: give the system a name");
        }
        AccreditedSystem registered = AdminDatabase.use(options, "systems register", database -> {
            Optional<AccreditedSystem> existing = database.accreditedSystems().byAsid(asid);
            if (existing.isEmpty() && (name == null || organisation == null)) {
                throw new ParameterException(spec.commandLine(), "system " + asid + " is not registered yet: give its"
                        + " --name and the --ods code of the organisation that runs it");
            }
            return database.accreditedSystems().register(new AccreditedSystem(asid,
                    name != null ? name.strip() : existing.get().name(),
                    organisation != null ? organisation : existing.get().organisation(),
                    certificates, true,
                    deviceQueries != null ? deviceQueries : existing.map(AccreditedSystem::deviceQueriesAllowed).orElse(false)));
        });
        LOG.info("Registered system {} ({} certificates)", asid, registered.certificates().size());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Registered system " + asid + ":");
        SystemsListCommand.print(out, registered);
        return CpisServerCli.OK;
    }
}
