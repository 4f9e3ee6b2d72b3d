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

    @Option(names = "--db-pool-size", paramLabel = "N", scope = ScopeType.INHERIT,
            description = "How many database connections the service keeps (2 to 100). Env CPIS_DB_POOL_SIZE, key"
                    + " db.pool-size. Default: 16.")
    String databasePoolSize;

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

    @Option(names = "--exchange-mailbox", paramLabel = "MAILBOX-ID", scope = ScopeType.INHERIT,
            description = "CP-IS's own mailbox id: Local Authorities send their uploads to it. Env"
                    + " CPIS_EXCHANGE_MAILBOX, key exchange.mailbox. Default: CPIS0001.")
    String exchangeMailbox;

    @Option(names = "--exchange-folders", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Root of the folder door: one folder per mailbox with OUT, IN and ERROR. Env"
                    + " CPIS_EXCHANGE_FOLDERS, key exchange.folders. Default: <data>/mailboxes.")
    String exchangeFolders;

    @Option(names = "--exchange-scan-seconds", paramLabel = "SECONDS", scope = ScopeType.INHERIT,
            description = "How often the folder door and upload processing look for work. Env"
                    + " CPIS_EXCHANGE_SCAN_SECONDS, key exchange.scan-seconds. Default: 2.")
    String exchangeScanSeconds;

    @Option(names = "--exchange-expiry-days", paramLabel = "DAYS", scope = ScopeType.INHERIT,
            description = "Messages a Local Authority has not collected after this many days expire (kept and"
                    + " reported, never deleted). Env CPIS_EXCHANGE_EXPIRY_DAYS, key exchange.expiry-days. Default: 5.")
    String exchangeExpiryDays;

    @Option(names = "--exchange-max-megabytes", paramLabel = "MIB", scope = ScopeType.INHERIT,
            description = "The largest message taken, in MiB. Env CPIS_EXCHANGE_MAX_MEGABYTES, key"
                    + " exchange.max-megabytes. Default: 100.")
    String exchangeMaxMegabytes;

    @Option(names = "--mesh-secret", paramLabel = "SECRET", scope = ScopeType.INHERIT,
            description = "The MESH environment shared secret that keys every MESH token; not set: a development"
                    + " secret in <data>/keys/mesh-development-secret. Prefer CPIS_MESH_SECRET or key mesh.secret,"
                    + " as other users of the machine can see flags.")
    String meshSecret;

    @Option(names = "--workflow-upload", paramLabel = "WORKFLOW-ID", scope = ScopeType.INHERIT,
            description = "MESH workflow id of LA Upload files. Env CPIS_WORKFLOW_UPLOAD, key workflow.upload."
                    + " Default: CPIS_UPLOAD.")
    String workflowUpload;

    @Option(names = "--workflow-acknowledgement", paramLabel = "WORKFLOW-ID", scope = ScopeType.INHERIT,
            description = "MESH workflow id of acknowledgements. Env CPIS_WORKFLOW_ACKNOWLEDGEMENT, key"
                    + " workflow.acknowledgement. Default: CPIS_UPLOAD_ACK.")
    String workflowAcknowledgement;

    @Option(names = "--workflow-access-to-service", paramLabel = "WORKFLOW-ID", scope = ScopeType.INHERIT,
            description = "MESH workflow id of Access to Service notifications. Env CPIS_WORKFLOW_ACCESS_TO_SERVICE,"
                    + " key workflow.access-to-service. Default: CPIS_ACCESS_TO_SERVICE.")
    String workflowAccessToService;

    @Option(names = "--workflow-inactive-nhs-numbers", paramLabel = "WORKFLOW-ID", scope = ScopeType.INHERIT,
            description = "MESH workflow id of Inactive NHS Number notifications. Env"
                    + " CPIS_WORKFLOW_INACTIVE_NHS_NUMBERS, key workflow.inactive-nhs-numbers. Default:"
                    + " CPIS_INACTIVE_NHS_NUMBERS.")
    String workflowInactiveNhsNumbers;

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
        putIfGiven(flags, Setting.DATABASE_POOL_SIZE, databasePoolSize);
        putIfGiven(flags, Setting.LOG_LEVEL, logLevel);
        putIfGiven(flags, Setting.RETENTION_TIME, retentionTime);
        putIfGiven(flags, Setting.PKI_PASSWORD, pkiPassword);
        putIfGiven(flags, Setting.QUERY_PORT, queryPort);
        putIfGiven(flags, Setting.QUERY_PATH, queryPath);
        putIfGiven(flags, Setting.QUERY_HTTP, queryHttp);
        putIfGiven(flags, Setting.MESH_PORT, meshPort);
        putIfGiven(flags, Setting.MESH_HTTP, meshHttp);
        putIfGiven(flags, Setting.NOTIFY_TIME, notifyTime);
        putIfGiven(flags, Setting.EXCHANGE_MAILBOX, exchangeMailbox);
        putIfGiven(flags, Setting.EXCHANGE_FOLDERS, exchangeFolders);
        putIfGiven(flags, Setting.EXCHANGE_SCAN_SECONDS, exchangeScanSeconds);
        putIfGiven(flags, Setting.EXCHANGE_EXPIRY_DAYS, exchangeExpiryDays);
        putIfGiven(flags, Setting.EXCHANGE_MAX_MEGABYTES, exchangeMaxMegabytes);
        putIfGiven(flags, Setting.MESH_SECRET, meshSecret);
        putIfGiven(flags, Setting.WORKFLOW_UPLOAD, workflowUpload);
        putIfGiven(flags, Setting.WORKFLOW_ACKNOWLEDGEMENT, workflowAcknowledgement);
        putIfGiven(flags, Setting.WORKFLOW_ACCESS_TO_SERVICE, workflowAccessToService);
        putIfGiven(flags, Setting.WORKFLOW_INACTIVE_NHS_NUMBERS, workflowInactiveNhsNumbers);
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
