package org.cpis.server.runtime;

import java.util.Locale;
import org.cpis.sft.processing.ProcessingCheckpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault injection for the crash tests of upload processing: with the environment variable
 * {@value #VARIABLE} naming a {@link ProcessingCheckpoints.Point}, the service process halts at once (no shutdown
 * hooks, as a power cut or {@code kill -9} would) the first time an upload reaches that point. Never set it on a
 * service: it exists so that a test can prove a restart ends with the file applied once and answered once.
 */
final class HaltAtCheckpoint implements ProcessingCheckpoints {

    static final String VARIABLE = "CPIS_FAULT_HALT_AT";
    static final int HALT_STATUS = 86;

    private static final Logger LOG = LoggerFactory.getLogger(HaltAtCheckpoint.class);

    private final Point point;

    private HaltAtCheckpoint(Point point) {
        this.point = point;
    }

    /** The checkpoints the environment asks for: {@link ProcessingCheckpoints#NONE} unless {@value #VARIABLE} is set. */
    static ProcessingCheckpoints fromEnvironment(String value) {
        if (value == null || value.isBlank()) {
            return ProcessingCheckpoints.NONE;
        }
        try {
            Point point = Point.valueOf(value.strip().toUpperCase(Locale.ROOT));
            LOG.warn("!!! {}={}: FAULT INJECTION - this process halts when an upload reaches {}; for crash tests only",
                    VARIABLE, point, point);
            return new HaltAtCheckpoint(point);
        } catch (IllegalArgumentException e) {
            throw new StartupException(VARIABLE + "='" + value + "' is not a processing checkpoint; use one of "
                    + java.util.Arrays.toString(Point.values()) + ", or unset it");
        }
    }

    @Override
    public void reached(Point reached, String messageId) {
        if (reached == point) {
            LOG.error("Halting at {} for message {} ({})", reached, messageId, VARIABLE);
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }
}
