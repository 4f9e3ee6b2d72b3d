package org.cpis.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

/** {@code cpis-server}: without a command, runs the service, as {@code cpis-server serve} does. */
@Command(name = "cpis-server",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        scope = ScopeType.INHERIT,
        description = {"CP-IS, Child Protection - Information Sharing (SCCI1609).",
                "Without a command: runs the service, as 'serve' does."},
        footerHeading = "%n",
        footer = {"Settings: a flag wins over its environment variable, which wins over the settings file,"
                + " which wins over the default. See docs/CONFIGURATION.md.",
                "Exit status: 0 done; 1 the answer is no (audit trail broken, organisation not listed,"
                        + " record not present, user not listed);"
                        + " 2 wrong usage; 3 failed (the message says why)."})
final class CpisServerCommand implements Callable<Integer> {

    /** The settings flags, declared here once and inherited by every command. */
    @Mixin
    private final SettingsOptions settings;

    private final ServeCommand serve;

    CpisServerCommand(SettingsOptions settings, ServeCommand serve) {
        this.settings = settings;
        this.serve = serve;
    }

    @Override
    public Integer call() throws InterruptedException {
        return serve.call();
    }
}
