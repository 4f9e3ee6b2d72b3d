package org.cpis.server.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.cpis.server.logging.ConsoleLog;
import org.cpis.server.runtime.DataFolder;
import org.cpis.server.settings.Setting;
import org.cpis.server.settings.Settings;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The flags for the settings, accepted by every command (before or after the command's name), and the
 * environment they are resolved against.
 */
final class SettingsOptions {

    private final Map<String, String> environment;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Settings file (Java properties). Default: cpis.properties in the data folder, when present.")
    Path settingsFile;

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data folder: embedded database, logs, settings file. Env CPIS_DATA, key data. Default: ./cpis-data.")
    String dataFolder;

    @Option(names = "--db-url", paramLabel = "JDBC-URL", scope = ScopeType.INHERIT,
            description = "JDBC URL of an external PostgreSQL; not set: the embedded one. Env CPIS_DB_URL, key db.url.")
    String databaseUrl;

    @Option(names = "--db-user", paramLabel = "USER", scope = ScopeType.INHERIT,
            description = "User for the external PostgreSQL. Env CPIS_DB_USER, key db.user.")
    String databaseUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", scope = ScopeType.INHERIT,
            description = "Password for the external PostgreSQL; prefer CPIS_DB_PASSWORD or key db.password,"
                    + " as other users of the machine can see flags.")
    String databasePassword;

    @Option(names = "--db-port", paramLabel = "PORT", scope = ScopeType.INHERIT,
            description = "Port of the embedded PostgreSQL; 0: any free port. Env CPIS_DB_PORT, key db.port. Default: 0.")
    String embeddedDatabasePort;

    @Option(names = "--log-level", paramLabel = "LEVEL", scope = ScopeType.INHERIT,
            description = "ERROR, WARN, INFO, DEBUG or TRACE. Env CPIS_LOG_LEVEL, key log.level. Default: INFO.")
    String logLevel;

    @Option(names = "--retention-time", paramLabel = "HH:MM", scope = ScopeType.INHERIT,
            description = "Time of day (Europe/London) of the service's daily retention sweep, or 'off'."
                    + " Env CPIS_RETENTION_TIME, key retention.time. Default: 02:30.")
    String retentionTime;

    @Option(names = "--pki-password", paramLabel = "PASSWORD", scope = ScopeType.INHERIT,
            description = "Password of the keystores under <data>/pki (cpis-server pki); not set: the development"
                    + " password in <data>/pki/development-password. Prefer CPIS_PKI_PASSWORD or key pki.password,"
                    + " as other users of the machine can see flags.")
    String pkiPassword;

    @Option(names = "--query-port", paramLabel = "PORT", scope = ScopeType.INHERIT,
            description = "Port of the NHS Query endpoint (HTTPS, mutual TLS); 0: any free port. Env CPIS_QUERY_PORT,"
                    + " key query.port. Default: 8443.")
    String queryPort;

    @Option(names = "--query-path", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "Path of the NHS Query endpoint. Env CPIS_QUERY_PATH, key query.path. Default: /cpisquery.")
    String queryPath;

    @Option(names = "--query-http", paramLabel = "true|false", scope = ScopeType.INHERIT,
            description = "LOCAL DEMO ONLY: serve NHS Queries over plain HTTP on 127.0.0.1, without client"
                    + " certificates. Env CPIS_QUERY_HTTP, key query.http. Default: false (HTTPS, mutual TLS).")
    String queryHttp;

    @Option(names = "--mesh-port", paramLabel = "PORT", scope = ScopeType.INHERIT,
            description = "Port of the MESH-compatible HTTP door for Local Authorities (HTTPS, mutual TLS); 0: any free"
                    + " port. Env CPIS_MESH_PORT, key mesh.port. Default: 8444.")
    String meshPort;

    @Option(names = "--mesh-http", paramLabel = "true|false", scope = ScopeType.INHERIT,
            description = "LOCAL DEMO ONLY: serve the MESH-compatible door over plain HTTP on 127.0.0.1, without client"
                    + " certificates. Env CPIS_MESH_HTTP, key mesh.http. Default: false (HTTPS, mutual TLS).")
    String meshHttp;

    @Option(names = "--notify-time", paramLabel = "HH:MM", scope = ScopeType.INHERIT,
            description = "Time of day (Europe/London) of the daily Access to Service notifications, or 'off'."
                    + " Env CPIS_NOTIFY_TIME, key notify.time. Default: 00:30.")
    String notifyTime;

    SettingsOptions(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The settings given by these flags, the environment and the settings file. */
    Settings settings() {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        putIfGiven(flags, Setting.DATA_FOLDER, dataFolder);
        putIfGiven(flags, Setting.DATABASE_URL, databaseUrl);
        putIfGiven(flags, Setting.DATABASE_USER, databaseUser);
        putIfGiven(flags, Setting.DATABASE_PASSWORD, databasePassword);
        putIfGiven(flags, Setting.EMBEDDED_DATABASE_PORT, embeddedDatabasePort);
        putIfGiven(flags, Setting.LOG_LEVEL, logLevel);
        putIfGiven(flags, Setting.RETENTION_TIME, retentionTime);
        putIfGiven(flags, Setting.PKI_PASSWORD, pkiPassword);
        putIfGiven(flags, Setting.QUERY_PORT, queryPort);
        putIfGiven(flags, Setting.QUERY_PATH, queryPath);
        putIfGiven(flags, Setting.QUERY_HTTP, queryHttp);
        putIfGiven(flags, Setting.MESH_PORT, meshPort);
        putIfGiven(flags, Setting.MESH_HTTP, meshHttp);
        putIfGiven(flags, Setting.NOTIFY_TIME, notifyTime);
        return Settings.resolve(flags, settingsFile, environment);
    }

    /** The settings, with the data folder made ready and logging started in it. */
    Settings prepare(ConsoleLog console) {
        Settings settings = settings();
        DataFolder.prepare(settings, console);
        return settings;
    }

    private static void putIfGiven(Map<Setting, String> flags, Setting setting, String value) {
        if (value != null) {
            flags.put(setting, value);
        }
    }
}
