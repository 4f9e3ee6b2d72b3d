package org.cpis.server.cli;

/**
 * A command could not do what was asked for a reason the operator can act on (e.g. "no system 200000000123 is
 * registered"); the message says so in one line and the command exits with status {@link CpisServerCli#FAILED}.
 */
final class CommandFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandFailedException(String message) {
        super(message);
    }
}
