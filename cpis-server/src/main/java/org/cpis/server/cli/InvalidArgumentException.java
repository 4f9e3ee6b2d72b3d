package org.cpis.server.cli;

/**
 * A value given on the command line that cannot be used; the message names the option, the value and what to give
 * instead, in one line. Commands turn it into wrong usage (exit status 2) before any database is opened.
 */
final class InvalidArgumentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidArgumentException(String message) {
        super(message);
    }
}
