package org.cpis.server.cli.la;

/** The exit statuses of {@code cpis-server la ...} (docs/LA-CLIENT.md). */
final class LaExit {

    /** Done; nothing needs a person. */
    static final int OK = 0;
    /**
     * Done, but something needs a person: a child held back by a problem, a file that failed its check, a file the
     * transport could not take, a message that could not be read or matched.
     */
    static final int ATTENTION = 1;
    /** Wrong usage (picocli's own). */
    static final int USAGE = 2;
    /** Could not do the work: settings, export, state folder or transport; one line says why, with its code. */
    static final int FAILED = 3;

    private LaExit() {
    }
}
