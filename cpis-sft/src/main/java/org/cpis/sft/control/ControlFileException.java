package org.cpis.sft.control;

/**
 * A control file that cannot be taken: the problem (with its code), the element it concerns (or none, for the file
 * as a whole), and a detail a person can act on, e.g. {@code CPIS-F006 MessageType: 'DATA' is not allowed; use Data
 * or Report}.
 */
public final class ControlFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ControlFileProblem problem;
    private final String element;
    private final String detail;

    public ControlFileException(ControlFileProblem problem, String element, String detail) {
        this(problem, element, detail, null);
    }

    public ControlFileException(ControlFileProblem problem, String element, String detail, Throwable cause) {
        super(problem.code() + " " + (element == null ? "" : element + ": ") + detail, cause);
        this.problem = problem;
        this.element = element;
        this.detail = detail;
    }

    public ControlFileProblem problem() {
        return problem;
    }

    /** The element concerned, e.g. {@code WorkflowId} or {@code StatusRecord/DateTime}, or null. */
    public String element() {
        return element;
    }

    /** What exactly is wrong, without the code. */
    public String detail() {
        return detail;
    }
}
