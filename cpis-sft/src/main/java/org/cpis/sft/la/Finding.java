package org.cpis.sft.la;

import java.util.Objects;

/**
 * Something the client found that an administrator should read, in words a social care administrator understands:
 * a {@link Severity#PROBLEM} stops the child (or file) it names from being sent until it is fixed; a
 * {@link Severity#NOTE} says what was done or left out and why.
 *
 * @param localId the child's local id, or {@code null} when the finding is about the LA or a whole file
 * @param message the sentence shown, naming the child and what to fix
 */
public record Finding(LaCode code, Severity severity, String localId, String message) {

    /** Whether the finding held something back. */
    public enum Severity { PROBLEM, NOTE }

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Finding problem(LaCode code, String localId, String message) {
        return new Finding(code, Severity.PROBLEM, localId, message);
    }

    public static Finding note(LaCode code, String localId, String message) {
        return new Finding(code, Severity.NOTE, localId, message);
    }

    public boolean isProblem() {
        return severity == Severity.PROBLEM;
    }

    /** {@code CPIS-L022 Date of birth is missing for child 12345}. */
    public String describe() {
        return code.code() + " " + message;
    }
}
