package org.cpis.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cpis.core.access.AccreditedSystem;
import org.cpis.core.access.CertificateFingerprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cpis-server systems list}: the allow-list of accredited systems. */
@Command(name = "list", description = "Lists the accredited systems: ASID, name, ODS code, state and certificates.")
final class SystemsListCommand implements Callable<Integer> {

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    SystemsListCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        List<AccreditedSystem> systems = AdminDatabase.use(options, "systems list",
                database -> database.accreditedSystems().all());
        PrintWriter out = spec.commandLine().getOut();
        if (systems.isEmpty()) {
            out.println("No accredited system is registered.");
            return CpisServerCli.OK;
        }
        out.println(systems.size() + " accredited system" + (systems.size() == 1 ? "" : "s") + ":");
        systems.forEach(system -> print(out, system));
        return CpisServerCli.OK;
    }

    /** One system: a line of what it is and its state, then a line per certificate. */
    static void print(PrintWriter out, AccreditedSystem system) {
        out.println("  " + system.asid() + "  " + system.name() + " (" + system.organisation() + ")  " + state(system));
        if (system.certificates().isEmpty()) {
            out.println("    no certificate: it cannot connect");
        }
        system.certificates().stream().map(CertificateFingerprint::hex).sorted()
                .forEach(hex -> out.println("    certificate SHA-256 " + hex));
    }

    /** "enabled, person authors only", "DISABLED, device queries allowed", ... */
    static String state(AccreditedSystem system) {
        return (system.enabled() ? "enabled" : "DISABLED") + ", "
                + (system.deviceQueriesAllowed() ? "device queries allowed" : "person authors only");
    }
}
