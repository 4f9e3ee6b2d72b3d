package org.cpis.server.cli;

import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpis.server.logging.ConsoleLog;
import org.cpis.server.pki.PkiFolder;
import org.cpis.server.pki.PkiPassword;
import org.cpis.server.settings.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What every {@code pki} command starts from: the settings, the PKI folder and the keystores' password. */
record PkiSetup(Settings settings, PkiFolder folder, PkiPassword password) {

    private static final Logger LOG = LoggerFactory.getLogger(PkiSetup.class);

    /**
     * @param init whether this is {@code pki init}, which may create the development password
     */
    static PkiSetup prepare(SettingsOptions options, boolean init) {
        Settings settings = options.prepare(ConsoleLog.PROBLEMS);
        PkiFolder folder = PkiFolder.of(settings.dataFolder());
        PkiPassword password = PkiPassword.resolve(settings, init);
        if (password.isDevelopment()) {
            LOG.warn(password.warning());
        }
        return new PkiSetup(settings, folder, password);
    }

    /** {@code --days} as a validity, checked before anything is done. */
    static Duration days(CommandSpec spec, int days) {
        if (days < 1 || days > 36_500) {
            throw new ParameterException(spec.commandLine(), "--days '" + days + "': use a whole number of days from 1 to 36500");
        }
        return Duration.ofDays(days);
    }

    /** Refuses to overwrite a file unless {@code --force} was given. */
    static void requireAbsentOrForced(Path file, boolean force, String what) {
        if (Files.exists(file) && !force) {
            throw new CommandFailedException(file + " already exists (" + what + "); give --force to replace it");
        }
    }
}
