package org.cpis.sft.mesh;

import java.net.BindException;

/** The MESH door could not start listening; the message names the address and the reason, in one line. */
public final class MeshDoorStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MeshDoorStartException(String message, Throwable cause) {
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
