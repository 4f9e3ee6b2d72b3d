package org.cpis.sft.la.build;

import java.util.List;
import java.util.Map;
import org.cpis.sft.la.Finding;
import org.cpis.sft.la.state.UploadFileEntry;

/**
 * What a build did: how many children it read, how each compared with what was sent before, why children are not in
 * the cohort, what the administrator must read, and the upload files it wrote (with their status after the check).
 */
public record BuildReport(String export, int childrenRead, Map<ChildChange, Integer> changes,
                          Map<Exclusion, Integer> notInCohort, List<Finding> findings, List<UploadFileEntry> files,
                          int recordsWritten) {

    public BuildReport {
        changes = Map.copyOf(changes);
        notInCohort = Map.copyOf(notInCohort);
        findings = List.copyOf(findings);
        files = List.copyOf(files);
    }

    public int count(ChildChange change) {
        return changes.getOrDefault(change, 0);
    }

    public boolean hasProblems() {
        return findings.stream().anyMatch(Finding::isProblem);
    }
}
