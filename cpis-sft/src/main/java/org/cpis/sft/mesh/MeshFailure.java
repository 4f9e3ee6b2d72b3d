package org.cpis.sft.mesh;

import java.util.Objects;

/**
 * A MESH call the door refuses: which problem, a detail saying what exactly was wrong (never content or personal
 * data), and the message it concerns when there is one. {@link MeshFailureMapper} turns it into the answer.
 */
public final class MeshFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient MeshProblem problem;
    private final String detail;
    private final String messageId;

    public MeshFailure(MeshProblem problem, String detail) {
        this(problem, detail, null);
    }

    public MeshFailure(MeshProblem problem, String detail, String messageId) {
        super(problem.code() + " " + problem.meshDescription() + (detail == null ? "" : ": " + detail), null, false,
                false);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.detail = detail;
        this.messageId = messageId;
    }

    public MeshProblem problem() {
        return problem;
    }

    /** What exactly was wrong, or {@code null}. */
    public String detail() {
        return detail;
    }

    /** The message concerned, or {@code null}. */
    public String messageId() {
        return messageId;
    }

    /** The text of the error body: MESH's description, our code, and the detail. */
    public String description() {
        return problem.meshDescription() + " (" + problem.code() + ")" + (detail == null ? "" : ": " + detail);
    }
}
