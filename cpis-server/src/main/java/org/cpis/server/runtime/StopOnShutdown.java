package org.cpis.server.runtime;

import org.cpis.server.logging.Logging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the service when the process is asked to end (Ctrl-C, SIGTERM): closes the database, writes out
 * the log, and ends the process with status 0, since a requested stop is a clean one (the JVM alone would
 * report 130 or 143). Status 1 when the database did not close cleanly.
 */
public final class StopOnShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(StopOnShutdown.class);

    private StopOnShutdown() {
    }

    public static void install(CpisService service) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service), "cpis-stop"));
    }

    private static void stop(CpisService service) {
        int status = 0;
        try {
            service.stop();
        } catch (RuntimeException e) {
            LOG.error("CP-IS did not stop cleanly", e);
            status = 1;
        }
        Logging.stop();
        Runtime.getRuntime().halt(status);
    }
}
