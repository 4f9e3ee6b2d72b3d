package org.cpis.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLockTest {

    @TempDir
    Path dataFolder;

    @Test
    void secondHolderIsToldWhoHoldsTheDataFolder() throws IOException {
        DataFolderLock service = DataFolderLock.acquire(dataFolder, "the CP-IS service");
        try {
            assertThatThrownBy(() -> DataFolderLock.acquire(dataFolder, "the admin command 'audit verify'"))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("data folder " + dataFolder + " is in use by the CP-IS service (process "
                            + ProcessHandle.current().pid() + ")")
                    .hasMessageContaining("admin commands must not run while the service uses the same data folder");
        } finally {
            service.close();
        }
    }

    @Test
    void lockIsFreeAgainOnceReleased() throws IOException {
        DataFolderLock.acquire(dataFolder, "first").close();

        DataFolderLock second = DataFolderLock.acquire(dataFolder, "second");
        try {
            assertThat(Files.readString(dataFolder.resolve(DataFolderLock.LOCK_FILE_NAME))).startsWith("second (process ");
        } finally {
            second.close();
        }
    }
}
