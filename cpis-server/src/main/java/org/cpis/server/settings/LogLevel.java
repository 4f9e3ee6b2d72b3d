package org.cpis.server.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How much the service logs, from the fewest lines to the most. */
public enum LogLevel {
    ERROR, WARN, INFO, DEBUG, TRACE;

    /** The level with this name, in any case. */
    public static Optional<LogLevel> named(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(level -> level.name().equals(wanted)).findFirst();
    }
}
