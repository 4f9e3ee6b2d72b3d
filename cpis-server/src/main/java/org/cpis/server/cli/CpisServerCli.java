package org.cpis.server.cli;

import java.time.Clock;
import java.util.Map;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.server.cli.la.LaCommand;
import picocli.CommandLine;

/** The command line of {@code cpis-server}: the service and its admin commands. */
public final class CpisServerCli {

    /** The command did what was asked. */
    public static final int OK = 0;

    /**
     * The answer is no: {@code audit verify} found the trail broken, {@code organisations show} found no such code,
     * {@code report presence} found the record absent (or could not tell), {@code users show} found no such user.
     */
    public static final int ANSWER_NO = 1;

    /** The command could not do its work; it printed why. (2, wrong usage, is picocli's own.) */
    public static final int FAILED = 3;

    private CpisServerCli() {
    }

    /**
     * The command line, resolving settings against {@code environment} (the process's, or a test's own).
     */
    public static CommandLine create(Map<String, String> environment) {
        return create(environment, ServiceCalendar.systemClock());
    }

    /**
     * The command line with the clock the LA client's commands ({@code la ...}) use, e.g. a test's.
     */
    public static CommandLine create(Map<String, String> environment, Clock laClock) {
        SettingsOptions options = new SettingsOptions(environment);
        ServeCommand serve = new ServeCommand(options);
        CommandLine cli = new CommandLine(new CpisServerCommand(options, serve))
                .addSubcommand(new CommandLine(serve))
                .addSubcommand(new CommandLine(new DemographicsCommand())
                        .addSubcommand(new DemographicsLoadCommand(options))
                        .addSubcommand(new DemographicsChangesCommand(options)))
                .addSubcommand(new CommandLine(new OrganisationsCommand())
                        .addSubcommand(new OrganisationsLoadCommand(options))
                        .addSubcommand(new OrganisationsShowCommand(options)))
                .addSubcommand(new CommandLine(new AuditCommand())
                        .addSubcommand(new AuditVerifyCommand(options)))
                .addSubcommand(new CommandLine(new ReportCommand())
                        .addSubcommand(new ReportCountsCommand(options))
                        .addSubcommand(new ReportSubjectCommand(options))
                        .addSubcommand(new ReportStalePlansCommand(options))
                        .addSubcommand(new ReportActivityCommand(options))
                        .addSubcommand(new ReportPresenceCommand(options))
                        .addSubcommand(new ReportTransmissionsCommand(options)))
                .addSubcommand(new CommandLine(new RetentionCommand())
                        .addSubcommand(new RetentionSweepCommand(options)))
                .addSubcommand(new CommandLine(new ValidateCommand()))
                .addSubcommand(new CommandLine(new UploadCommand(options)))
                .addSubcommand(new CommandLine(new PkiCommand())
                        .addSubcommand(new PkiInitCommand(options))
                        .addSubcommand(new PkiServerCommand(options))
                        .addSubcommand(new PkiClientCommand(options))
                        .addSubcommand(new PkiMailboxCommand(options)))
                .addSubcommand(new CommandLine(new SystemsCommand())
                        .addSubcommand(new SystemsRegisterCommand(options))
                        .addSubcommand(new SystemsListCommand(options))
                        .addSubcommand(new SystemsSwitchCommand.Disable(options))
                        .addSubcommand(new SystemsSwitchCommand.Enable(options))
                        .addSubcommand(new SystemsRemoveCertificateCommand(options))
                        .addSubcommand(new SystemsLoadCommand(options)))
                .addSubcommand(new CommandLine(new BenchCommand())
                        .addSubcommand(new BenchQueryCommand(options)))
                .addSubcommand(new CommandLine(new UsersCommand())
                        .addSubcommand(new UsersLoadCommand(options))
                        .addSubcommand(new UsersShowCommand(options))
                        .addSubcommand(new UsersSwitchCommand.Disable(options))
                        .addSubcommand(new UsersSwitchCommand.Enable(options)))
                .addSubcommand(new CommandLine(new MailboxesCommand())
                        .addSubcommand(new MailboxesRegisterCommand(options))
                        .addSubcommand(new MailboxesListCommand(options))
                        .addSubcommand(new MailboxesSwitchCommand.Disable(options))
                        .addSubcommand(new MailboxesSwitchCommand.Enable(options))
                        .addSubcommand(new MailboxesMessagesCommand(options)))
                .addSubcommand(LaCommand.commandLine(laClock, environment));
        cli.setExecutionExceptionHandler(new FailureHandler());
        return cli;
    }
}
