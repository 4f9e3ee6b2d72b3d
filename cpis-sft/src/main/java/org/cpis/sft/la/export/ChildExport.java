package org.cpis.sft.la.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The children read from one export, in export order, and the problems of the rows that could not be used. A
 * child with a problem is not among {@link #children()}; its local id is in {@link #unreadableChildren()} so that
 * it is not taken for a child that left the export.
 */
public record ChildExport(String name, List<ExportedChild> children, List<ExportProblem> problems) {

    public ChildExport {
        children = List.copyOf(children);
        problems = List.copyOf(problems);
    }

    public Set<String> unreadableChildren() {
        Set<String> ids = new HashSet<>();
        for (ExportProblem p : problems) {
            if (p.localId() != null) {
                ids.add(p.localId());
            }
        }
        return ids;
    }
}
