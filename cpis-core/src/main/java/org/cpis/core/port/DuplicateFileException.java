package org.cpis.core.port;

/** The (LA, sequence id) of a file is already in the ledger: another run applied it first. */
public class DuplicateFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicateFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
