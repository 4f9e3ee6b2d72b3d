package org.cpis.gateway.codec;

import java.util.List;

/** A message that cannot be turned into domain objects, with every problem found. */
public final class DecodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public DecodeException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public DecodeException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem's code, the one a caller answers with. */
    public String code() {
        return problems.get(0).code();
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a decode failure has at least one problem");
        }
        Problem first = problems.get(0);
        return first.code() + " " + first.message() + (first.path().isEmpty() ? "" : " (" + first.path() + ")")
                + (problems.size() > 1 ? " and " + (problems.size() - 1) + " more" : "");
    }
}
