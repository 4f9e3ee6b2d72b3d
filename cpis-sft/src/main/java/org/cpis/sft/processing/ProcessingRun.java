package org.cpis.sft.processing;

import java.util.List;

/** What one run over the waiting inbound messages did, message by message, for the log and the scheduler. */
public record ProcessingRun(List<ProcessingOutcome> outcomes) {

    public ProcessingRun {
        outcomes = List.copyOf(outcomes);
    }

    public long count(ProcessingOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
