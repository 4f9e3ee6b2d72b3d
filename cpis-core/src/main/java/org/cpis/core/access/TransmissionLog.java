package org.cpis.core.access;

import java.time.Instant;
import java.util.List;

/**
 * The log of message transmissions (CP-IS061): one row per message in or out, with its time, origin and
 * destination, never its content. Appending does not take part in a use case's transaction: a message is logged
 * whether or not what it asked for was done.
 */
public interface TransmissionLog {

    void append(Transmission transmission);

    /** The transmissions in {@code from <= at < to}, oldest first, at most {@code limit} of them. */
    List<Transmission> between(Instant from, Instant to, int limit);
}
