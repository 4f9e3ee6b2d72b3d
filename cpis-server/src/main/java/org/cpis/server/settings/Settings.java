package org.cpis.server.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpis.core.exchange.MailboxId;
import org.cpis.gateway.soap.EndpointSettings;
import org.cpis.sft.exchange.Workflows;

/**
 * The settings of one run of the service or of an admin command.
 *
 * <p>Each setting is taken from the first place that sets it, in this order: command-line flag,
 * environment variable, settings file, default. The settings file is the one given with {@code --config},
 * else {@code cpis.properties} in the data folder when it exists. Blank values count as not set.
 *
 * @param dataFolder           absolute folder of everything the service keeps: embedded database, logs
 * @param databaseUrl          JDBC URL of an external PostgreSQL, or {@code null} for the embedded one
 * @param databaseUser         user for the external PostgreSQL, or {@code null}
 * @param databasePassword     password for the external PostgreSQL, or {@code null}
 * @param embeddedDatabasePort port of the embedded PostgreSQL; 0 picks a free one at each start
 * @param logLevel             level of CP-IS's own log lines
 * @param retentionTime        local time of day (Europe/London) at which the running service sweeps for retention
 *                             every day, or {@code null} when the daily sweep is off
 * @param pkiPassword          password of the PKCS#12 keystores under {@code <data>/pki}, or {@code null}: the
 *                             development password kept in {@code <data>/pki/development-password}
 * @param query                where the service listens for NHS Queries
 * @param exchange             the LA file exchange: mailboxes, doors, notifications
 * @param databasePoolSize     how many database connections the process keeps (2 to 100)
 * @param warnings             problems that did not stop the settings from being used (unknown file keys)
 */
public record Settings(Path dataFolder, String databaseUrl, String databaseUser, String databasePassword,
                       int embeddedDatabasePort, LogLevel logLevel, LocalTime retentionTime, String pkiPassword,
                       QuerySettings query, ExchangeSettings exchange, int databasePoolSize, List<String> warnings) {

    /** The settings file looked for in the data folder when {@code --config} is not given. */
    public static final String SETTINGS_FILE_NAME = "cpis.properties";

    /** The value of {@link Setting#RETENTION_TIME} that turns the daily retention sweep off. */
    public static final String OFF = "off";

    /** The default of {@link Setting#DATABASE_POOL_SIZE}. */
    public static final int DEFAULT_POOL_SIZE = 16;

    /** The shortest {@link Setting#PKI_PASSWORD} accepted. */
    public static final int PKI_PASSWORD_MIN_LENGTH = 8;

    private static final Pattern TIME_OF_DAY = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");

    public Settings {
        Objects.requireNonNull(dataFolder, "dataFolder");
        Objects.requireNonNull(logLevel, "logLevel");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(exchange, "exchange");
        warnings = List.copyOf(warnings);
    }

    /** Settings with the file exchange's defaults. */
    public Settings(Path dataFolder, String databaseUrl, String databaseUser, String databasePassword,
                    int embeddedDatabasePort, LogLevel logLevel, LocalTime retentionTime, String pkiPassword,
                    QuerySettings query, List<String> warnings) {
        this(dataFolder, databaseUrl, databaseUser, databasePassword, embeddedDatabasePort, logLevel, retentionTime,
                pkiPassword, query, ExchangeSettings.DEFAULT, DEFAULT_POOL_SIZE, warnings);
    }

    /** Settings with the default database pool. */
    public Settings(Path dataFolder, String databaseUrl, String databaseUser, String databasePassword,
                    int embeddedDatabasePort, LogLevel logLevel, LocalTime retentionTime, String pkiPassword,
                    QuerySettings query, ExchangeSettings exchange, List<String> warnings) {
        this(dataFolder, databaseUrl, databaseUser, databasePassword, embeddedDatabasePort, logLevel, retentionTime,
                pkiPassword, query, exchange, DEFAULT_POOL_SIZE, warnings);
    }

    /** Settings with the NHS Query endpoint's defaults. */
    public Settings(Path dataFolder, String databaseUrl, String databaseUser, String databasePassword,
                    int embeddedDatabasePort, LogLevel logLevel, LocalTime retentionTime, String pkiPassword,
                    List<String> warnings) {
        this(dataFolder, databaseUrl, databaseUser, databasePassword, embeddedDatabasePort, logLevel, retentionTime,
                pkiPassword, QuerySettings.DEFAULT, ExchangeSettings.DEFAULT, warnings);
    }

    /** Settings without a PKI password (the development password applies). */
    public Settings(Path dataFolder, String databaseUrl, String databaseUser, String databasePassword,
                    int embeddedDatabasePort, LogLevel logLevel, LocalTime retentionTime, List<String> warnings) {
        this(dataFolder, databaseUrl, databaseUser, databasePassword, embeddedDatabasePort, logLevel, retentionTime,
                null, warnings);
    }

    /** The password of the PKCS#12 keystores, or empty when not set (the development password applies). */
    public Optional<String> pkiPasswordIfSet() {
        return Optional.ofNullable(pkiPassword);
    }

    @Override
    public String toString() {
        return "Settings[dataFolder=" + dataFolder + ", databaseUrl=" + databaseUrl + ", databaseUser=" + databaseUser
                + ", databasePassword=" + (databasePassword == null ? "null" : "***") + ", embeddedDatabasePort="
                + embeddedDatabasePort + ", logLevel=" + logLevel + ", retentionTime=" + retentionTime
                + ", pkiPassword=" + (pkiPassword == null ? "null" : "***") + ", query=" + query + ", exchange=" + exchange + ", databasePoolSize=" + databasePoolSize
                + ", warnings=" + warnings + "]";
    }

    public boolean usesEmbeddedDatabase() {
        return databaseUrl == null;
    }

    /** The time of the daily retention sweep, or empty when it is off. */
    public Optional<LocalTime> retentionSweepTime() {
        return Optional.ofNullable(retentionTime);
    }

    /**
     * Resolves the settings.
     *
     * @param flags        values given on the command line
     * @param settingsFile the file given with {@code --config}, or {@code null}
     * @param environment  the process environment (a plain map, so that tests need not touch the real one)
     * @throws SettingsException when a value cannot be used, naming where it came from
     */
    public static Settings resolve(Map<Setting, String> flags, Path settingsFile, Map<String, String> environment) {
        Sources beforeFile = new Sources(flags, environment, null);
        SettingsFile file = settingsFile != null
                ? SettingsFile.chosen(settingsFile)
                : SettingsFile.inDataFolder(beforeFile.dataFolder(), SETTINGS_FILE_NAME);
        Sources sources = new Sources(flags, environment, file);
        return new Settings(sources.dataFolder(),
                sources.text(Setting.DATABASE_URL).orElse(null),
                sources.text(Setting.DATABASE_USER).orElse(null),
                sources.text(Setting.DATABASE_PASSWORD).orElse(null),
                sources.port(Setting.EMBEDDED_DATABASE_PORT),
                sources.logLevel(Setting.LOG_LEVEL),
                sources.timeOfDayOrOff(Setting.RETENTION_TIME),
                sources.secret(Setting.PKI_PASSWORD, PKI_PASSWORD_MIN_LENGTH),
                new QuerySettings(sources.port(Setting.QUERY_PORT), sources.endpointPath(Setting.QUERY_PATH),
                        sources.onOff(Setting.QUERY_HTTP)),
                exchange(sources),
                sources.whole(Setting.DATABASE_POOL_SIZE, 2, 100, "connections"),
                file.warnings());
    }

    /** The folder of the folder door: {@code exchange.folders}, else {@code <data>/mailboxes}. */
    public Path exchangeFolders() {
        return exchange.folders() != null ? exchange.folders() : dataFolder.resolve("mailboxes");
    }

    private static ExchangeSettings exchange(Sources sources) {
        return new ExchangeSettings(sources.mailboxId(Setting.EXCHANGE_MAILBOX),
                sources.text(Setting.EXCHANGE_FOLDERS).map(Path::of).map(p -> p.toAbsolutePath().normalize())
                        .orElse(null),
                sources.whole(Setting.EXCHANGE_SCAN_SECONDS, 1, 3600, "seconds"),
                sources.whole(Setting.EXCHANGE_EXPIRY_DAYS, 1, 365, "days"),
                sources.whole(Setting.EXCHANGE_MAX_MEGABYTES, 1, 20_000, "megabytes"),
                sources.port(Setting.MESH_PORT),
                sources.onOff(Setting.MESH_HTTP),
                sources.secret(Setting.MESH_SECRET, PKI_PASSWORD_MIN_LENGTH),
                sources.timeOfDayOrOff(Setting.NOTIFY_TIME),
                new Workflows(sources.workflowId(Setting.WORKFLOW_UPLOAD),
                        sources.workflowId(Setting.WORKFLOW_ACKNOWLEDGEMENT),
                        sources.workflowId(Setting.WORKFLOW_ACCESS_TO_SERVICE),
                        sources.workflowId(Setting.WORKFLOW_INACTIVE_NHS_NUMBERS)));
    }

    /** The places a value can come from, in order of precedence. */
    private record Sources(Map<Setting, String> flags, Map<String, String> environment, SettingsFile file) {

        Optional<String> text(Setting setting) {
            return origin(setting).map(Origin::value);
        }

        Path dataFolder() {
            Origin origin = origin(Setting.DATA_FOLDER).orElseThrow();
            try {
                return Path.of(origin.value()).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                throw origin.invalid("is not a folder name: " + e.getReason());
            }
        }

        int port(Setting setting) {
            Origin origin = origin(setting).orElseThrow();
            try {
                int port = Integer.parseInt(origin.value());
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below, as an out-of-range number is
            }
            throw origin.invalid("is not a port number; use 1 to 65535, or 0 for any free port");
        }

        LogLevel logLevel(Setting setting) {
            Origin origin = origin(setting).orElseThrow();
            return LogLevel.named(origin.value())
                    .orElseThrow(() -> origin.invalid("is not a log level; use ERROR, WARN, INFO, DEBUG or TRACE"));
        }

        /** {@code HH:MM} (a one-digit hour too), or {@link #OFF} in any case for {@code null}. */
        LocalTime timeOfDayOrOff(Setting setting) {
            Origin origin = origin(setting).orElseThrow();
            if (origin.value().toLowerCase(Locale.ROOT).equals(OFF)) {
                return null;
            }
            Matcher time = TIME_OF_DAY.matcher(origin.value());
            if (!time.matches()) {
                throw origin.invalid("is not a time of day; use HH:MM from 00:00 to 23:59 (Europe/London), or " + OFF
                        + " to turn the daily " + (setting == Setting.NOTIFY_TIME ? "notifications" : "retention sweep")
                        + " off");
            }
            return LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
        }

        /** A whole number from {@code min} to {@code max}. */
        int whole(Setting setting, int min, int max, String unit) {
            Origin origin = origin(setting).orElseThrow();
            try {
                int value = Integer.parseInt(origin.value());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw origin.invalid("is not a number of " + unit + " from " + min + " to " + max);
        }

        MailboxId mailboxId(Setting setting) {
            Origin origin = origin(setting).orElseThrow();
            if (!MailboxId.isValid(origin.value())) {
                throw origin.invalid("is not a mailbox id; use letters, digits, '.', '_' or '-', e.g. CPIS0001");
            }
            return MailboxId.of(origin.value());
        }

        /** A MESH workflow id: 1 to 300 printable characters without spaces. */
        String workflowId(Setting setting) {
            Origin origin = origin(setting).orElseThrow();
            if (!origin.value().matches("[\\x21-\\x7E]{1,300}")) {
                throw origin.invalid("is not a workflow id; use 1 to 300 letters, digits or punctuation, no spaces");
            }
            return origin.value();
        }

        /** A URL path: {@code /} and segments of letters, digits, '.', '_', '~' or '-'. */
        String endpointPath(Setting setting) {
            Origin origin = origin(setting).orElseThrow();
            if (!EndpointSettings.isPath(origin.value())) {
                throw origin.invalid("is not an endpoint path; use / and then letters, digits, '.', '_', '~' or '-',"
                        + " e.g. " + EndpointSettings.DEFAULT_PATH);
            }
            return origin.value();
        }

        /** {@code true}, {@code on} or {@code yes}; {@code false}, {@code off} or {@code no}; in any case. */
        boolean onOff(Setting setting) {
            Origin origin = origin(setting).orElseThrow();
            return switch (origin.value().toLowerCase(Locale.ROOT)) {
                case "true", "on", "yes" -> true;
                case "false", "off", "no" -> false;
                default -> throw origin.invalid("is neither true nor false; use true or false");
            };
        }

        /** A password: not shown in messages; at least {@code minLength} characters when set. */
        String secret(Setting setting, int minLength) {
            Optional<Origin> origin = origin(setting);
            if (origin.isPresent() && origin.get().value().length() < minLength) {
                throw new SettingsException(origin.get().source() + ": the password is too short; use at least "
                        + minLength + " characters");
            }
            return origin.map(Origin::value).orElse(null);
        }

        private Optional<Origin> origin(Setting setting) {
            String flag = flags.get(setting);
            if (isSet(flag)) {
                return Optional.of(new Origin(flag.trim(), "flag " + setting.flag()));
            }
            String variable = environment.get(setting.environmentVariable());
            if (isSet(variable)) {
                return Optional.of(new Origin(variable.trim(), "environment variable " + setting.environmentVariable()));
            }
            Optional<String> inFile = file == null ? Optional.empty() : file.valueOf(setting);
            if (inFile.isPresent()) {
                return Optional.of(new Origin(inFile.get(), file.origin(setting)));
            }
            return setting.defaultValue().map(value -> new Origin(value, "default of " + setting.key()));
        }

        private static boolean isSet(String value) {
            return value != null && !value.isBlank();
        }
    }

    /** A value and where it came from. */
    private record Origin(String value, String source) {

        SettingsException invalid(String problem) {
            return new SettingsException(source + ": '" + value + "' " + problem);
        }
    }
}
