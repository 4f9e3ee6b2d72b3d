package org.cpis.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything CP-IS holds for one NHS number: one entry per providing Local Authority (CP-IS021, CP-IS034). */
public record ChildRecord(NhsNumber nhsNumber, List<LocalAuthorityEntry> entries) {

    public ChildRecord {
        Objects.requireNonNull(nhsNumber, "nhsNumber");
        entries = List.copyOf(entries);
        for (LocalAuthorityEntry e : entries) {
            if (!e.nhsNumber().equals(nhsNumber)) {
                throw new IllegalArgumentException("entry for " + e.nhsNumber() + " in the record of " + nhsNumber);
            }
        }
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public Optional<LocalAuthorityEntry> entryOf(OdsCode la) {
        return entries.stream().filter(e -> e.localAuthorityCode().equals(la)).findFirst();
    }
}
