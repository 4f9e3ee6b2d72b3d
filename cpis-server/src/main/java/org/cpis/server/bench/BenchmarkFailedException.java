package org.cpis.server.bench;

/** The benchmark could not run, for a reason its one-line message gives (e.g. the first query was refused). */
public final class BenchmarkFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BenchmarkFailedException(String message) {
        super(message);
    }

    public BenchmarkFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
