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
    LOG_LEVEL("log.level", "CPIS_LOG_LEVEL", "--log-level", "INFO"),
    RETENTION_TIME("retention.time", "CPIS_RETENTION_TIME", "--retention-time", "02:30"),
    PKI_PASSWORD("pki.password", "CPIS_PKI_PASSWORD", "--pki-password", null),
    QUERY_PORT("query.port", "CPIS_QUERY_PORT", "--query-port", "8443"),
    QUERY_PATH("query.path", "CPIS_QUERY_PATH", "--query-path", "/cpisquery"),
    QUERY_HTTP("query.http", "CPIS_QUERY_HTTP", "--query-http", "false");

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
