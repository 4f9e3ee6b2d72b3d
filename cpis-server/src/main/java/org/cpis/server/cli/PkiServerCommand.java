package org.cpis.server.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cpis.server.pki.DevelopmentCa;
import org.cpis.server.pki.IssuedCertificate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cpis-server pki server --host NAME...}: the server's certificate, signed by the development CA. */
@Command(name = "server",
        description = {"Issues the server's TLS certificate, signed by the development CA, for the host names given"
                + " and always localhost, 127.0.0.1 and ::1.",
                "Written to <data>/pki/server.p12 (key and certificate chain, PKCS#12) and <data>/pki/server.pem."})
final class PkiServerCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(PkiServerCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", paramLabel = "NAME", arity = "1..*",
            description = "A DNS name or IP address clients use to reach the server, e.g. cpis.example.org;"
                    + " may be repeated. The first is the certificate's common name.")
    private List<String> hosts = new ArrayList<>();

    @Option(names = "--days", paramLabel = "DAYS", defaultValue = "825",
            description = "How long the certificate is valid (never beyond the CA's). Default: ${DEFAULT-VALUE}.")
    private int days;

    @Option(names = "--force", description = "Replace an existing server certificate.")
    private boolean force;

    PkiServerCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        Duration validity = PkiSetup.days(spec, days);
        for (String host : hosts) {
            if (!DevelopmentCa.isHostName(host)) {
                throw new ParameterException(spec.commandLine(),
                        "--host '" + host + "': not a host name or IP address; use e.g. cpis.example.org or 192.0.2.10");
            }
        }
        PkiSetup pki = PkiSetup.prepare(options, false);
        PkiSetup.requireAbsentOrForced(pki.folder().serverKeystore(), force, "a server certificate was issued before");
        DevelopmentCa ca = DevelopmentCa.load(pki.folder().caKeystore(), pki.password().value(), Clock.systemUTC());
        IssuedCertificate server = ca.issueServer(hosts, validity);
        server.save(pki.folder().serverKeystore(), pki.folder().serverCertificate(), DevelopmentCa.SERVER_ALIAS,
                pki.password().value());
        List<String> names = new ArrayList<>(hosts.stream().map(String::strip).toList());
        DevelopmentCa.LOCAL_NAMES.stream().filter(n -> !names.contains(n)).forEach(names::add);
        LOG.info("Issued the server certificate for {} in {}", names, pki.folder().directory());

        PrintWriter out = spec.commandLine().getOut();
        out.println("Issued the server certificate for " + String.join(", ", names) + ", signed by '" + ca.name()
                + "', valid until " + server.notAfter().toString().substring(0, 10) + ":");
        out.println("  " + pki.folder().serverKeystore() + "  its key and certificate chain (PKCS#12; keep it secret)");
        out.println("  " + pki.folder().serverCertificate() + "  its certificate (PEM)");
        out.println("Clients trust it through the CA certificate " + pki.folder().caCertificate());
        return CpisServerCli.OK;
    }
}
