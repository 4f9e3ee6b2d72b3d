package org.cpis.sft.la;

import java.util.Objects;

/**
 * The LA-side client cannot do what was asked, for a reason the administrator can act on: the message names the
 * file, line, key or child and what to do, and starts with the {@link LaCode}.
 */
public final class LaClientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LaCode code;

    public LaClientException(LaCode code, String message) {
        super(code.code() + " " + message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public LaClientException(LaCode code, String message, Throwable cause) {
        super(code.code() + " " + message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public LaCode code() {
        return code;
    }
}
