package org.cpis.server.settings;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every setting of the service with its three names: the key in the settings file, the environment
 * variable and the command-line flag; and its default ({@code null}: not set).
 */
public enum Setting {

    DATA_FOLDER("data", "CPIS_DATA", "--data", "cpis-data"),
    DATABASE_URL("db.url", "CPIS_DB_URL", "--db-url", null),
    DATABASE_USER("db.user", "CPIS_DB_USER", "--db-user", null),
    DATABASE_PASSWORD("db.password", "CPIS_DB_PASSWORD", "--db-password", null),
    EMBEDDED_DATABASE_PORT("db.port", "CPIS_DB_PORT", "--db-port", "0"),
    DATABASE_POOL_SIZE("db.pool-size", "CPIS_DB_POOL_SIZE", "--db-pool-size", "16"),
    LOG_LEVEL("log.level", "CPIS_LOG_LEVEL", "--log-level", "INFO"),
    RETENTION_TIME("retention.time", "CPIS_RETENTION_TIME", "--retention-time", "02:30"),
    PKI_PASSWORD("pki.password", "CPIS_PKI_PASSWORD", "--pki-password", null),
    QUERY_PORT("query.port", "CPIS_QUERY_PORT", "--query-port", "8443"),
    QUERY_PATH("query.path", "CPIS_QUERY_PATH", "--query-path", "/cpisquery"),
    QUERY_HTTP("query.http", "CPIS_QUERY_HTTP", "--query-http", "false"),
    EXCHANGE_MAILBOX("exchange.mailbox", "CPIS_EXCHANGE_MAILBOX", "--exchange-mailbox", "CPIS0001"),
    EXCHANGE_FOLDERS("exchange.folders", "CPIS_EXCHANGE_FOLDERS", "--exchange-folders", null),
    EXCHANGE_SCAN_SECONDS("exchange.scan-seconds", "CPIS_EXCHANGE_SCAN_SECONDS", "--exchange-scan-seconds", "2"),
    EXCHANGE_EXPIRY_DAYS("exchange.expiry-days", "CPIS_EXCHANGE_EXPIRY_DAYS", "--exchange-expiry-days", "5"),
    EXCHANGE_MAX_MEGABYTES("exchange.max-megabytes", "CPIS_EXCHANGE_MAX_MEGABYTES", "--exchange-max-megabytes", "100"),
    MESH_PORT("mesh.port", "CPIS_MESH_PORT", "--mesh-port", "8444"),
    MESH_HTTP("mesh.http", "CPIS_MESH_HTTP", "--mesh-http", "false"),
    MESH_SECRET("mesh.secret", "CPIS_MESH_SECRET", "--mesh-secret", null),
    NOTIFY_TIME("notify.time", "CPIS_NOTIFY_TIME", "--notify-time", "00:30"),
    WORKFLOW_UPLOAD("workflow.upload", "CPIS_WORKFLOW_UPLOAD", "--workflow-upload", "CPIS_UPLOAD"),
    WORKFLOW_ACKNOWLEDGEMENT("workflow.acknowledgement", "CPIS_WORKFLOW_ACKNOWLEDGEMENT", "--workflow-acknowledgement",
            "CPIS_UPLOAD_ACK"),
    WORKFLOW_ACCESS_TO_SERVICE("workflow.access-to-service", "CPIS_WORKFLOW_ACCESS_TO_SERVICE",
            "--workflow-access-to-service", "CPIS_ACCESS_TO_SERVICE"),
    WORKFLOW_INACTIVE_NHS_NUMBERS("workflow.inactive-nhs-numbers", "CPIS_WORKFLOW_INACTIVE_NHS_NUMBERS",
            "--workflow-inactive-nhs-numbers", "CPIS_INACTIVE_NHS_NUMBERS");

    private final String key;
    private final String environmentVariable;
    private final String flag;
    private final String defaultValue;

    Setting(String key, String environmentVariable, String flag, String defaultValue) {
        this.key = key;
        this.environmentVariable = environmentVariable;
        this.flag = flag;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public String environmentVariable() {
        return environmentVariable;
    }

    public String flag() {
        return flag;
    }

    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public static Optional<Setting> withKey(String key) {
        return Arrays.stream(values()).filter(setting -> setting.key.equals(key)).findFirst();
    }
}
