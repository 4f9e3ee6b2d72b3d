package org.cpis.server.cli;

import java.util.concurrent.Callable;
import org.cpis.core.access.CertificateFingerprint;
import org.cpis.core.model.Asid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpis-server systems remove-certificate SHA-256}: a client certificate no longer lets its system in. */
@Command(name = "remove-certificate",
        description = "Removes a client certificate from the allow-list (e.g. the old one after a renewal, or one"
                + " that was lost): connections with it are refused from the next message on (CPIS-A001).")
final class SystemsRemoveCertificateCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(SystemsRemoveCertificateCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SHA-256", description = "The certificate's SHA-256 fingerprint.")
    private String fingerprintText;

    SystemsRemoveCertificateCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        CertificateFingerprint fingerprint = AccessArguments.fingerprint(spec, "SHA-256", fingerprintText);
        Asid asid = AdminDatabase.use(options, "systems remove-certificate",
                database -> database.accreditedSystems().removeCertificate(fingerprint)).orElseThrow(() ->
                new CommandFailedException("no system is registered with the certificate SHA-256 " + fingerprint));
        String done = "Removed the certificate SHA-256 " + fingerprint + " of system " + asid
                + ": connections with it are refused from now on (CPIS-A001)";
        LOG.info(done);
        spec.commandLine().getOut().println(done);
        return CpisServerCli.OK;
    }
}
