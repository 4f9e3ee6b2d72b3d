package org.cpis.server.runtime;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpis.server.logging.ConsoleLog;
import org.cpis.server.logging.Logging;
import org.cpis.server.settings.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder that holds everything the service keeps: the embedded database ({@code postgres/},
 * {@code postgres.log}), the logs ({@code logs/}), the optional settings file and the lock file.
 */
public final class DataFolder {

    private static final String LOG_FOLDER_NAME = "logs";

    private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);

    private DataFolder() {
    }

    /**
     * Makes the data folder ready for this run: creates it when missing, checks that it is writable,
     * starts logging into its {@code logs/} folder and logs the warnings the settings carried.
     */
    public static void prepare(Settings settings, ConsoleLog console) {
        Path folder = settings.dataFolder();
        Path logFolder = folder.resolve(LOG_FOLDER_NAME);
        try {
            Files.createDirectories(logFolder);
        } catch (IOException e) {
            throw new StartupException("data folder " + folder + " cannot be set up: " + reason(e), e);
        }
        if (!Files.isWritable(folder) || !Files.isWritable(logFolder)) {
            throw new StartupException("data folder " + folder + " is not writable by this user");
        }
        Logging.start(logFolder, settings.logLevel(), console);
        settings.warnings().forEach(LOG::warn);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied at " + e.getMessage();
        }
        if (e instanceof FileAlreadyExistsException) {
            return e.getMessage() + " exists and is not a folder";
        }
        if (e instanceof FileSystemException fileSystemException && fileSystemException.getReason() != null) {
            return fileSystemException.getReason() + " at " + fileSystemException.getFile();
        }
        return e.toString();
    }
}
