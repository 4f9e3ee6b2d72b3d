package org.cpis.gateway.soap;

import java.net.BindException;

/** The NHS Query endpoint could not start listening; the message names the address and the reason, in one line. */
public final class EndpointStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EndpointStartException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the port was taken (or may not be used): another port would do. */
    public boolean isPortUnavailable() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }
}
