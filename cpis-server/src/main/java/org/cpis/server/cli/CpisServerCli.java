package org.cpis.server.cli;

import java.util.Map;
import picocli.CommandLine;

/** The command line of {@code cpis-server}: the service and its admin commands. */
public final class CpisServerCli {

    /** The command did what was asked. */
    public static final int OK = 0;

    /** {@code audit verify} found the audit trail broken. */
    public static final int AUDIT_TRAIL_BROKEN = 1;

    /** The command line itself was wrong (picocli's usage status). */
    public static final int USAGE = CommandLine.ExitCode.USAGE;

    /** The command could not do its work; it printed why. */
    public static final int FAILED = 3;

    private CpisServerCli() {
    }

    /**
     * The command line, resolving settings against {@code environment} (the process's, or a test's own).
     */
    public static CommandLine create(Map<String, String> environment) {
        SettingsOptions options = new SettingsOptions(environment);
        ServeCommand serve = new ServeCommand(options);
        CommandLine cli = new CommandLine(new CpisServerCommand(options, serve))
                .addSubcommand(new CommandLine(serve))
                .addSubcommand(new CommandLine(new DemographicsCommand())
                        .addSubcommand(new DemographicsLoadCommand(options)))
                .addSubcommand(new CommandLine(new OrganisationsCommand())
                        .addSubcommand(new OrganisationsLoadCommand(options)))
                .addSubcommand(new CommandLine(new AuditCommand())
                        .addSubcommand(new AuditVerifyCommand(options)));
        cli.setExecutionExceptionHandler(new FailureHandler());
        return cli;
    }
}
