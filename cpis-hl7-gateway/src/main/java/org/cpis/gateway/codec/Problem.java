package org.cpis.gateway.codec;

import java.util.Objects;

/**
 * One thing wrong with a CP-IS message, in words a person can act on: a stable code, a message, where it is
 * (line and column in the file, 0 when unknown) and the element path (e.g.
 * {@code /File/record[3]/CP-ISRecord/subject}).
 */
public record Problem(String code, String message, int line, int column, String path) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        path = path == null ? "" : path;
    }

    public static Problem at(ProblemCode code, String detail, int line, int column, String path) {
        return new Problem(code.code(), detail == null ? code.message() : code.message() + ": " + detail, line, column, path);
    }

    /** {@code file:line:col: CODE message (path)}, the validator's line format. */
    public String format(String file) {
        return file + ":" + line + ":" + column + ": " + code + " " + message + (path.isEmpty() ? "" : " (" + path + ")");
    }
}
