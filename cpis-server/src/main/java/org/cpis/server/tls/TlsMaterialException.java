package org.cpis.server.tls;

/** The TLS keys or trusted certificates could not be read; the message names the file and the reason, in one line. */
public class TlsMaterialException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TlsMaterialException(String message, Throwable cause) {
        super(message, cause);
    }
}
