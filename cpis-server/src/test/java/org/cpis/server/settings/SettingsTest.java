package org.cpis.server.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    private static final Map<Setting, String> NO_FLAGS = Map.of();
    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    @TempDir
    Path temp;

    @Test
    void defaultsApplyToWhatIsNotSet() {
        Path dataFolder = temp.resolve("data");

        Settings settings = Settings.resolve(Map.of(Setting.DATA_FOLDER, dataFolder.toString()), null, NO_ENVIRONMENT);

        assertThat(settings.usesEmbeddedDatabase()).isTrue();
        assertThat(settings.databaseUser()).isNull();
        assertThat(settings.databasePassword()).isNull();
        assertThat(settings.embeddedDatabasePort()).isZero();
        assertThat(settings.logLevel()).isEqualTo(LogLevel.INFO);
        assertThat(settings.retentionTime()).isEqualTo(LocalTime.of(2, 30));
        assertThat(settings.warnings()).isEmpty();
    }

    @Test
    void defaultDataFolderIsCpisDataInTheWorkingDirectory() {
        Settings settings = Settings.resolve(NO_FLAGS, null, NO_ENVIRONMENT);

        assertThat(settings.dataFolder()).isEqualTo(Path.of("cpis-data").toAbsolutePath());
    }

    @Test
    void settingsFileOverridesDefaults() throws IOException {
        Path file = settingsFile("file");

        Settings settings = Settings.resolve(NO_FLAGS, file, NO_ENVIRONMENT);

        assertThat(settings).isEqualTo(layer("file", LogLevel.DEBUG, 5001, LocalTime.of(1, 15)));
    }

    @Test
    void environmentOverridesSettingsFile() throws IOException {
        Path file = settingsFile("file");

        Settings settings = Settings.resolve(NO_FLAGS, file, environment("env"));

        assertThat(settings).isEqualTo(layer("env", LogLevel.WARN, 5002, LocalTime.of(3, 45)));
    }

    @Test
    void flagsOverrideEnvironment() throws IOException {
        Path file = settingsFile("file");

        Settings settings = Settings.resolve(flags("flag"), file, environment("env"));

        assertThat(settings).isEqualTo(layer("flag", LogLevel.TRACE, 5003, LocalTime.of(23, 59)));
    }

    @Test
    void blankValuesCountAsNotSet() throws IOException {
        Path file = settingsFile("file");
        Map<String, String> blankEnvironment = Map.of("CPIS_DB_URL", " ", "CPIS_LOG_LEVEL", "");

        Settings settings = Settings.resolve(Map.of(Setting.DATABASE_USER, ""), file, blankEnvironment);

        assertThat(settings.databaseUrl()).isEqualTo("jdbc:postgresql://file/cpis");
        assertThat(settings.databaseUser()).isEqualTo("file-user");
        assertThat(settings.logLevel()).isEqualTo(LogLevel.DEBUG);
    }

    @Test
    void settingsFileInTheDataFolderIsReadWhenNoneIsNamed() throws IOException {
        Path dataFolder = Files.createDirectories(temp.resolve("data"));
        Files.writeString(dataFolder.resolve("cpis.properties"), "db.port=6543\nlog.level=error\n");

        Settings settings = Settings.resolve(NO_FLAGS, null, Map.of("CPIS_DATA", dataFolder.toString()));

        assertThat(settings.dataFolder()).isEqualTo(dataFolder);
        assertThat(settings.embeddedDatabasePort()).isEqualTo(6543);
        assertThat(settings.logLevel()).isEqualTo(LogLevel.ERROR);
    }

    @Test
    void settingsFileInTheDataFolderCannotMoveTheDataFolder() throws IOException {
        Path dataFolder = Files.createDirectories(temp.resolve("data"));
        Files.writeString(dataFolder.resolve("cpis.properties"), "data=/elsewhere\n");

        Settings settings = Settings.resolve(Map.of(Setting.DATA_FOLDER, dataFolder.toString()), null, NO_ENVIRONMENT);

        assertThat(settings.dataFolder()).isEqualTo(dataFolder);
        assertThat(settings.warnings()).singleElement().asString().contains("key 'data'", "is ignored");
    }

    @Test
    void unknownKeyInTheSettingsFileIsAWarningNamingTheKey() throws IOException {
        Path file = Files.writeString(temp.resolve("cpis.properties"), "db.prot=5432\nlog.level=INFO\n");

        Settings settings = Settings.resolve(NO_FLAGS, file, NO_ENVIRONMENT);

        assertThat(settings.warnings()).singleElement().asString()
                .contains("unknown key 'db.prot'", file.toString(), "db.port");
        assertThat(settings.embeddedDatabasePort()).isZero();
    }

    @Test
    void namedSettingsFileMustExist() {
        Path missing = temp.resolve("missing.properties");

        assertThatThrownBy(() -> Settings.resolve(NO_FLAGS, missing, NO_ENVIRONMENT))
                .isInstanceOf(SettingsException.class)
                .hasMessage("settings file " + missing + " does not exist");
    }

    @Test
    void badPortNamesTheEnvironmentVariable() {
        assertThatThrownBy(() -> Settings.resolve(NO_FLAGS, null, Map.of("CPIS_DB_PORT", "54x2")))
                .isInstanceOf(SettingsException.class)
                .hasMessage("environment variable CPIS_DB_PORT: '54x2' is not a port number; use 1 to 65535, or 0 for any free port");
    }

    @Test
    void portOutOfRangeNamesTheFlag() {
        assertThatThrownBy(() -> Settings.resolve(Map.of(Setting.EMBEDDED_DATABASE_PORT, "65536"), null, NO_ENVIRONMENT))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("flag --db-port: '65536' is not a port number");
    }

    @Test
    void badLogLevelNamesTheKeyAndTheFile() throws IOException {
        Path file = Files.writeString(temp.resolve("cpis.properties"), "log.level=LOUD\n");

        assertThatThrownBy(() -> Settings.resolve(NO_FLAGS, file, NO_ENVIRONMENT))
                .isInstanceOf(SettingsException.class)
                .hasMessage("key log.level in " + file + ": 'LOUD' is not a log level; use ERROR, WARN, INFO, DEBUG or TRACE");
    }

    @Test
    void logLevelIgnoresCase() {
        Settings settings = Settings.resolve(Map.of(Setting.LOG_LEVEL, "debug"), null, NO_ENVIRONMENT);

        assertThat(settings.logLevel()).isEqualTo(LogLevel.DEBUG);
    }

    @Test
    void relativeDataFolderIsMadeAbsolute() {
        Settings settings = Settings.resolve(Map.of(Setting.DATA_FOLDER, "some/../run"), null, NO_ENVIRONMENT);

        assertThat(settings.dataFolder()).isEqualTo(Path.of("run").toAbsolutePath());
    }

    @Test
    void retentionTimeIsHoursAndMinutes() {
        Settings settings = Settings.resolve(Map.of(Setting.RETENTION_TIME, "4:05"), null, NO_ENVIRONMENT);

        assertThat(settings.retentionTime()).isEqualTo(LocalTime.of(4, 5));
        assertThat(settings.retentionSweepTime()).contains(LocalTime.of(4, 5));
    }

    @Test
    void retentionTimeOffTurnsTheDailySweepOffInAnyCase() throws IOException {
        Path file = Files.writeString(temp.resolve("cpis.properties"), "retention.time=02:00\n");

        Settings settings = Settings.resolve(NO_FLAGS, file, Map.of("CPIS_RETENTION_TIME", "OFF"));

        assertThat(settings.retentionTime()).isNull();
        assertThat(settings.retentionSweepTime()).isEmpty();
    }

    @Test
    void blankRetentionTimeCountsAsNotSet() {
        Settings settings = Settings.resolve(Map.of(Setting.RETENTION_TIME, " "), null, Map.of("CPIS_RETENTION_TIME", ""));

        assertThat(settings.retentionTime()).isEqualTo(LocalTime.of(2, 30));
    }

    @Test
    void badRetentionTimeNamesTheEnvironmentVariable() {
        assertThatThrownBy(() -> Settings.resolve(NO_FLAGS, null, Map.of("CPIS_RETENTION_TIME", "2.30am")))
                .isInstanceOf(SettingsException.class)
                .hasMessage("environment variable CPIS_RETENTION_TIME: '2.30am' is not a time of day; use HH:MM from"
                        + " 00:00 to 23:59 (Europe/London), or off to turn the daily retention sweep off");
    }

    @Test
    void retentionTimeOutOfRangeNamesTheFlag() {
        assertThatThrownBy(() -> Settings.resolve(Map.of(Setting.RETENTION_TIME, "24:00"), null, NO_ENVIRONMENT))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("flag --retention-time: '24:00' is not a time of day; use HH:MM");
    }

    @Test
    void badRetentionTimeNamesTheKeyAndTheFile() throws IOException {
        Path file = Files.writeString(temp.resolve("cpis.properties"), "retention.time=02:60\n");

        assertThatThrownBy(() -> Settings.resolve(NO_FLAGS, file, NO_ENVIRONMENT))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("key retention.time in " + file + ": '02:60' is not a time of day");
    }

    @Test
    void fileExchangeHasDefaultsAnLaCanUse() {
        Settings settings = Settings.resolve(NO_FLAGS, null, Map.of("CPIS_DATA", temp.resolve("d").toString()));

        assertThat(settings.exchange().serviceMailbox().value()).isEqualTo("CPIS0001");
        assertThat(settings.exchangeFolders()).isEqualTo(temp.resolve("d").resolve("mailboxes").toAbsolutePath());
        assertThat(settings.exchange().meshPort()).isEqualTo(8444);
        assertThat(settings.exchange().meshPlainHttp()).isFalse();
        assertThat(settings.exchange().notifyTime()).isEqualTo(LocalTime.of(0, 30));
        assertThat(settings.exchange().expiryDays()).isEqualTo(5);
        assertThat(settings.exchange().workflows().upload()).isEqualTo("CPIS_UPLOAD");
        assertThat(settings.exchange().workflows().acknowledgement()).isEqualTo("CPIS_UPLOAD_ACK");
    }

    @Test
    void fileExchangeSettingsComeFromTheEnvironmentAndTheSecretIsNotShown() {
        Settings settings = Settings.resolve(NO_FLAGS, null, Map.of(
                "CPIS_DATA", temp.resolve("d").toString(),
                "CPIS_EXCHANGE_MAILBOX", "x26cpis",
                "CPIS_MESH_SECRET", "shared-secret-value",
                "CPIS_NOTIFY_TIME", "off",
                "CPIS_WORKFLOW_UPLOAD", "LA_TO_CPIS"));

        assertThat(settings.exchange().serviceMailbox().value()).isEqualTo("X26CPIS");
        assertThat(settings.exchange().meshSecret()).isEqualTo("shared-secret-value");
        assertThat(settings.exchange().notifyTime()).isNull();
        assertThat(settings.exchange().workflows().upload()).isEqualTo("LA_TO_CPIS");
        assertThat(settings.toString()).doesNotContain("shared-secret-value");
    }

    @Test
    void badFileExchangeValuesNameTheirSource() {
        assertThatThrownBy(() -> Settings.resolve(NO_FLAGS, null, Map.of("CPIS_EXCHANGE_EXPIRY_DAYS", "0")))
                .isInstanceOf(SettingsException.class)
                .hasMessage("environment variable CPIS_EXCHANGE_EXPIRY_DAYS: '0' is not a number of days from 1 to 365");
        assertThatThrownBy(() -> Settings.resolve(NO_FLAGS, null, Map.of("CPIS_EXCHANGE_MAILBOX", "no spaces")))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("environment variable CPIS_EXCHANGE_MAILBOX: 'no spaces' is not a mailbox id");
        assertThatThrownBy(() -> Settings.resolve(NO_FLAGS, null, Map.of("CPIS_NOTIFY_TIME", "25:00")))
                .isInstanceOf(SettingsException.class)
                .hasMessageEndingWith("or off to turn the daily notifications off");
    }

    /** Every setting set in one place, its values marked with the place's name. */
    private Settings layer(String name, LogLevel level, int port, LocalTime retentionTime) {
        return new Settings(temp.resolve(name + "-data"), "jdbc:postgresql://" + name + "/cpis", name + "-user",
                name + "-secret", port, level, retentionTime, List.of());
    }

    private Path settingsFile(String name) throws IOException {
        return Files.writeString(temp.resolve("cpis.properties"), String.join("\n",
                "data=" + temp.resolve(name + "-data"),
                "db.url=jdbc:postgresql://" + name + "/cpis",
                "db.user=" + name + "-user",
                "db.password=" + name + "-secret",
                "db.port=5001",
                "log.level=DEBUG",
                "retention.time=01:15"));
    }

    private Map<String, String> environment(String name) {
        return Map.of("CPIS_DATA", temp.resolve(name + "-data").toString(),
                "CPIS_DB_URL", "jdbc:postgresql://" + name + "/cpis",
                "CPIS_DB_USER", name + "-user",
                "CPIS_DB_PASSWORD", name + "-secret",
                "CPIS_DB_PORT", "5002",
                "CPIS_LOG_LEVEL", "warn",
                "CPIS_RETENTION_TIME", "03:45");
    }

    private Map<Setting, String> flags(String name) {
        return Map.of(Setting.DATA_FOLDER, temp.resolve(name + "-data").toString(),
                Setting.DATABASE_URL, "jdbc:postgresql://" + name + "/cpis",
                Setting.DATABASE_USER, name + "-user",
                Setting.DATABASE_PASSWORD, name + "-secret",
                Setting.EMBEDDED_DATABASE_PORT, "5003",
                Setting.LOG_LEVEL, "TRACE",
                Setting.RETENTION_TIME, "23:59");
    }
}
