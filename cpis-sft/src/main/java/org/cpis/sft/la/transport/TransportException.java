package org.cpis.sft.la.transport;

/** The transport could not do what was asked (a folder missing or not writable, a server refusing, ...). */
public final class TransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
