package org.cpis.server.logging;

/** Which log lines the console shows; the log file always gets every line. */
public enum ConsoleLog {
    /** Every line: the running service, watched by its operator. */
    ALL,
    /** Warnings and errors only: an admin command, whose results are its printed output. */
    PROBLEMS
}
