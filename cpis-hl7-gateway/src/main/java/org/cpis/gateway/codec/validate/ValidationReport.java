package org.cpis.gateway.codec.validate;

import java.util.List;
import java.util.Objects;
import org.cpis.gateway.codec.Problem;

/**
 * What the validator found in one file: the message it took the file for (its root element), and every
 * problem. {@code unreadable} when the file could not be read at all (not XML, refused, missing).
 */
public record ValidationReport(String file, String message, List<Problem> problems, boolean unreadable) {

    public ValidationReport {
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty() && !unreadable;
    }
}
