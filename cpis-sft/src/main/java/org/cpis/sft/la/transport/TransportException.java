package org.cpis.sft.la.transport;

import java.util.Objects;
import org.cpis.sft.la.LaCode;

/**
 * The transport could not do what was asked (a folder missing or not writable, a server refusing, ...), with the
 * {@link LaCode} that says what kind of failure it is and whether it concerns every message ({@link #wholeTransport}:
 * the mailbox's credentials were refused, the TLS connection failed, the server cannot be reached - trying the next
 * file would fail the same way) or only the one at hand (a file the server refused, a message gone from the inbox).
 * The message never starts with the code; {@link #describe()} adds it.
 */
public final class TransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LaCode code;
    private final boolean wholeTransport;

    /** A failure of the one message at hand, {@link LaCode#TRANSPORT}. */
    public TransportException(String message) {
        this(LaCode.TRANSPORT, false, message, null);
    }

    /** A failure of the one message at hand, {@link LaCode#TRANSPORT}. */
    public TransportException(String message, Throwable cause) {
        this(LaCode.TRANSPORT, false, message, cause);
    }

    public TransportException(LaCode code, boolean wholeTransport, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.wholeTransport = wholeTransport;
    }

    public LaCode code() {
        return code;
    }

    /** Whether every further call would fail the same way (so a send of several files stops at the first). */
    public boolean wholeTransport() {
        return wholeTransport;
    }

    /** The code, then the message: {@code CPIS-L039 MESH refused ...}. */
    public String describe() {
        return code.code() + " " + getMessage();
    }
}
