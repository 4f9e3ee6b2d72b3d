package org.cpis.sft.la.build;

import java.util.List;
import java.util.Objects;
import org.cpis.sft.la.Finding;
import org.cpis.sft.la.state.ChildEntry;
import org.cpis.sft.la.state.HeldRecord;
import org.cpis.sft.la.state.RecordKey;

/**
 * What one build does for one child: the records CP-IS is to hold for it after this build, the ones of those that
 * go in an upload file now, and what the administrator should read about it.
 *
 * @param held       the child's records after this build (what the next build compares with)
 * @param toSend     the records that go in an upload file now
 * @param desiredKey the key of the record the export itself gives for the child now, or {@code null}
 * @param exclusion  why the child is outside the cohort, or {@code null}
 * @param previous   the child's entry before this build, or {@code null} when new
 */
public record ChildPlan(String localId, List<HeldRecord> held, List<HeldRecord> toSend, RecordKey desiredKey,
                        Exclusion exclusion, List<Finding> findings, ChildEntry previous, String bornHint) {

    public ChildPlan {
        Objects.requireNonNull(localId, "localId");
        held = List.copyOf(held);
        toSend = List.copyOf(toSend);
        findings = List.copyOf(findings);
    }

    public boolean hasProblem() {
        return findings.stream().anyMatch(Finding::isProblem);
    }

    /** The same child with nothing sent and what was held kept: a problem holds the child back. */
    public ChildPlan heldBack(List<Finding> more) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        return new ChildPlan(localId, previous == null ? List.of() : previous.records(), List.of(), desiredKey, exclusion,
                all, previous, bornHint);
    }

    public ChildPlan withToSend(List<HeldRecord> records) {
        return new ChildPlan(localId, held, records, desiredKey, exclusion, findings, previous, bornHint);
    }

    public ChildPlan withHeldAndToSend(List<HeldRecord> newHeld, List<HeldRecord> records, List<Finding> more) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        return new ChildPlan(localId, newHeld, records, desiredKey, exclusion, all, previous, bornHint);
    }

    public ChildChange change() {
        if (hasProblem()) {
            return ChildChange.PROBLEM;
        }
        if (toSend.isEmpty()) {
            return exclusion != null && (previous == null || previous.records().isEmpty())
                    ? ChildChange.NOT_IN_COHORT : ChildChange.UNCHANGED;
        }
        if (previous == null || previous.records().isEmpty()) {
            return ChildChange.NEW;
        }
        return desiredKey == null ? ChildChange.WITHDRAWN : ChildChange.CHANGED;
    }
}
