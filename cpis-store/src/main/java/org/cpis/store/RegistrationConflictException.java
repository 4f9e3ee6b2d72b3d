package org.cpis.store;

/**
 * A registration that would break what the access-control tables guarantee: a client certificate that is already
 * another system's, a role profile id that is already another user's. The message says which, in one line;
 * nothing was changed.
 */
public class RegistrationConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RegistrationConflictException(String message) {
        super(message);
    }
}
