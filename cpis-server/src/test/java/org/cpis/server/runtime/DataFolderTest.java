package org.cpis.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cpis.server.logging.ConsoleLog;
import org.cpis.server.logging.Logging;
import org.cpis.server.settings.LogLevel;
import org.cpis.server.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path temp;

    @AfterEach
    void closeLogFile() {
        Logging.stop();
    }

    @Test
    void preparedDataFolderLogsTheSettingsWarningsToItsLogFile() throws IOException {
        Path dataFolder = temp.resolve("new/cpis-data");

        DataFolder.prepare(settings(dataFolder, List.of("unknown key 'db.prot'")), ConsoleLog.PROBLEMS);

        Path logFile = dataFolder.resolve("logs/cpis.log");
        assertThat(Files.readString(logFile)).matches("(?s)\\d{4}-\\d\\d-\\d\\dT[^ ]+ WARN  DataFolder - unknown key 'db.prot'\\R");
    }

    @Test
    void dataFolderThatCannotBeSetUpIsAStartupFailure() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        Path dataFolder = file.resolve("cpis-data");

        assertThatThrownBy(() -> DataFolder.prepare(settings(dataFolder, List.of()), ConsoleLog.PROBLEMS))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("data folder " + dataFolder + " cannot be set up: ");
    }

    private static Settings settings(Path dataFolder, List<String> warnings) {
        return new Settings(dataFolder, null, null, null, 0, LogLevel.INFO, null, warnings);
    }
}
