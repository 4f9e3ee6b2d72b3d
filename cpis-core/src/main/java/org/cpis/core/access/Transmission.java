package org.cpis.core.access;

import java.time.Instant;
import java.util.Objects;

/**
 * One message that came in or went out, as the transmission log keeps it (CP-IS061): when, which way, from and
 * to whom, what kind of message and how large, and how it ended; never its content.
 *
 * @param origin      who sent it: an ASID for the NHS Query service, a mailbox id for file exchange;
 *                    {@code null} when not known (e.g. refused before it could be read)
 * @param destination who it was for, the same way; {@code null} when not known
 * @param interaction the interaction or message type, e.g. {@code QUPC_IN000006GB01}, or what was received when
 *                    it could not be read (e.g. the SOAPAction)
 * @param messageId   the message's own id (wsa:MessageID, the HL7 id, a file's id), or {@code null}
 * @param sizeBytes   the message's size on the wire, in bytes
 * @param outcome     how it ended, as a code: e.g. {@code OK}, {@code AE}, {@code CPIS-A002}, {@code FAULT}
 */
public record Transmission(Instant at, Direction direction, String origin, String destination, String interaction,
                           String messageId, long sizeBytes, String outcome) {

    /** Which way a message went, seen from CP-IS. */
    public enum Direction {
        IN, OUT
    }

    /** The longest text kept in any column; longer values (a hostile header, say) are cut. */
    public static final int MAX_TEXT = 200;

    public Transmission {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(direction, "direction");
        if (interaction == null || interaction.isBlank()) {
            throw new IllegalArgumentException("a transmission names its interaction or message type");
        }
        if (outcome == null || outcome.isBlank()) {
            throw new IllegalArgumentException("a transmission names its outcome");
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("a message's size is not negative");
        }
        origin = cut(origin);
        destination = cut(destination);
        interaction = cut(interaction);
        messageId = cut(messageId);
        outcome = cut(outcome);
    }

    private static String cut(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= MAX_TEXT ? stripped : stripped.substring(0, MAX_TEXT);
    }
}
