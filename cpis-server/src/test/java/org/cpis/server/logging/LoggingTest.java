package org.cpis.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpis.server.settings.LogLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LoggingTest {

    @TempDir
    Path logFolder;

    @AfterEach
    void closeLogFile() {
        Logging.stop();
    }

    @Test
    void oneLinePerEventWithTimestampLevelShortLoggerNameAndMessage() throws IOException {
        Logging.start(logFolder, LogLevel.INFO, ConsoleLog.PROBLEMS);

        LoggerFactory.getLogger("org.cpis.server.Example").info("loaded {} people", 2);

        assertThat(logFile()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d)"
                + " INFO  Example - loaded 2 people\\R");
    }

    @Test
    void librariesLogOnlyWarningsExceptFlywayMigrations() throws IOException {
        Logging.start(logFolder, LogLevel.DEBUG, ConsoleLog.PROBLEMS);

        LoggerFactory.getLogger("org.cpis.store.Example").debug("cp-is detail");
        LoggerFactory.getLogger("io.zonky.test.db.postgres.embedded.EmbeddedPostgres").info("zonky chatter");
        LoggerFactory.getLogger("com.zaxxer.hikari.HikariDataSource").info("hikari chatter");
        LoggerFactory.getLogger("org.flywaydb.core.internal.command.DbMigrate").info("migrated");
        LoggerFactory.getLogger("org.flywaydb.core.internal.command.DbMigrate").debug("flyway detail");
        LoggerFactory.getLogger("com.zaxxer.hikari.pool.HikariPool").warn("hikari warning");

        assertThat(logFile()).contains("cp-is detail", "migrated", "hikari warning")
                .doesNotContain("zonky chatter", "hikari chatter", "flyway detail");
    }

    @Test
    void stricterLevelAppliesToLibrariesToo() throws IOException {
        Logging.start(logFolder, LogLevel.ERROR, ConsoleLog.PROBLEMS);

        LoggerFactory.getLogger("org.cpis.server.Example").warn("cp-is warning");
        LoggerFactory.getLogger("org.flywaydb.core.internal.command.DbMigrate").info("migrated");
        LoggerFactory.getLogger("com.zaxxer.hikari.pool.HikariPool").warn("hikari warning");
        LoggerFactory.getLogger("org.cpis.server.Example").error("cp-is error");

        assertThat(logFile()).contains("cp-is error").doesNotContain("cp-is warning", "migrated", "hikari warning");
    }

    private String logFile() throws IOException {
        return Files.readString(logFolder.resolve("cpis.log"), StandardCharsets.UTF_8);
    }
}
