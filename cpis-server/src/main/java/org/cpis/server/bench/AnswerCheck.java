package org.cpis.server.bench;

/** Whether an answer is the one expected; called from every client thread at once. */
@FunctionalInterface
public interface AnswerCheck {

    /** Why the answer is not the one expected, in a few words, or {@code null} when it is. */
    String problem(BenchRequest request, int status, String body);
}
