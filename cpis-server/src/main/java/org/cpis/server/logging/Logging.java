package org.cpis.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.cpis.server.settings.LogLevel;
import org.slf4j.LoggerFactory;

/**
 * The log of the service: one line per event (timestamp, level, logger, message) on the console
 * (standard error, so that standard output carries only results and the ready line) and in
 * {@code cpis.log} in the log folder, rolled over daily and kept for {@value #DAYS_KEPT} days.
 *
 * <p>CP-IS's own loggers log at the configured level. Libraries log warnings and errors only, Flyway also
 * its migrations; a configured level stricter than theirs applies to them too. Log lines never carry
 * personal data beyond NHS numbers: callers log counts, files and identifiers, never names or addresses.
 */
public final class Logging {

    private static final String LOG_FILE_NAME = "cpis.log";

    private static final int DAYS_KEPT = 30;

    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{0} - %msg%n";

    private static final String CPIS_LOGGERS = "org.cpis";

    /** The most a library may log when CP-IS logs more than this; libraries not named here: WARN. */
    private static final Map<String, Level> LIBRARY_LEVELS = Map.of("org.flywaydb", Level.INFO);

    private Logging() {
    }

    /**
     * Sends log lines to {@code cpis.log} in {@code logFolder} and to the console, replacing any earlier setup.
     *
     * @param console which lines the console shows; the file gets every line
     */
    public static void start(Path logFolder, LogLevel level, ConsoleLog console) {
        LoggerContext context = context();
        context.reset();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(console(context, console));
        root.addAppender(file(context, logFolder));

        Level cpisLevel = Level.toLevel(level.name());
        root.setLevel(stricter(Level.WARN, cpisLevel));
        LIBRARY_LEVELS.forEach((logger, most) -> context.getLogger(logger).setLevel(stricter(most, cpisLevel)));
        context.getLogger(CPIS_LOGGERS).setLevel(cpisLevel);
        context.start();
    }

    /** Writes out what is buffered and closes the log file; call last, before the process ends. */
    public static void stop() {
        context().stop();
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context, ConsoleLog lines) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("console");
        console.setTarget("System.err");
        console.setEncoder(encoder(context));
        if (lines == ConsoleLog.PROBLEMS) {
            ThresholdFilter problems = new ThresholdFilter();
            problems.setContext(context);
            problems.setLevel(Level.WARN.levelStr);
            problems.start();
            console.addFilter(problems);
        }
        console.start();
        return console;
    }

    private static RollingFileAppender<ILoggingEvent> file(LoggerContext context, Path logFolder) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("file");
        file.setFile(logFolder.resolve(LOG_FILE_NAME).toString());
        file.setEncoder(encoder(context));

        TimeBasedRollingPolicy<ILoggingEvent> daily = new TimeBasedRollingPolicy<>();
        daily.setContext(context);
        daily.setParent(file);
        daily.setFileNamePattern(logFolder.resolve("cpis.%d{yyyy-MM-dd}.log").toString());
        daily.setMaxHistory(DAYS_KEPT);
        daily.start();

        file.setRollingPolicy(daily);
        file.start();
        return file;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }

    private static Level stricter(Level a, Level b) {
        return a.isGreaterOrEqual(b) ? a : b;
    }
}
