package org.cpis.store;

/** The CP-IS database could not be started, reached or brought up to date; the message says which and why. */
public class DatabaseOpenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseOpenException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The innermost cause's message: the reason a person can act on. */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
