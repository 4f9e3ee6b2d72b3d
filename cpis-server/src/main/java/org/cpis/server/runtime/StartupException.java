package org.cpis.server.runtime;

/** The service or an admin command cannot start; the message says why in one line a person can act on. */
public class StartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
