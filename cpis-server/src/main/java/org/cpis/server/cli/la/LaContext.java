package org.cpis.server.cli.la;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What every {@code la} command shares: the clock (the system's, or a test's) and the process environment (for
 * {@code CPIS_LA_SETTINGS}).
 */
record LaContext(Clock clock, Map<String, String> environment) {

    /** The environment variable naming the LA settings file when {@code --settings} is not given. */
    static final String SETTINGS_VARIABLE = "CPIS_LA_SETTINGS";
    static final String DEFAULT_SETTINGS = "la-settings.properties";

    LaContext {
        Objects.requireNonNull(clock, "clock");
        environment = Map.copyOf(environment);
    }

    Path settingsFile(Path given) {
        if (given != null) {
            return given;
        }
        String fromEnvironment = environment.get(SETTINGS_VARIABLE);
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_SETTINGS : fromEnvironment);
    }
}
