package org.cpis.sft.la.check;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What checking one upload file found; the file may be sent only when {@link #passed()}. */
public record FileCheck(String file, List<CheckFinding> findings) {

    public FileCheck {
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.isEmpty();
    }

    /** Whether a problem concerns the whole file rather than records. */
    public boolean hasFileProblem() {
        return findings.stream().anyMatch(f -> f.position() == 0);
    }

    /** The positions of the records with a problem. */
    public Set<Integer> failedPositions() {
        Set<Integer> positions = new TreeSet<>();
        findings.stream().filter(f -> f.position() > 0).forEach(f -> positions.add(f.position()));
        return positions;
    }
}
