package org.cpis.server.pki;

/** A certificate or keystore could not be made, read or written; the message says which file and why, in one line. */
public class PkiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PkiException(String message) {
        super(message);
    }

    public PkiException(String message, Throwable cause) {
        super(message, cause);
    }
}
