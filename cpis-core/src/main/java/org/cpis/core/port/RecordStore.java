package org.cpis.core.port;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.cpis.core.model.ChildRecord;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;

/** The CP-IS records: per NHS number, one entry per providing Local Authority. */
public interface RecordStore {

    /** The record of an NHS number; empty (no entries) when nothing is held. One indexed read. */
    ChildRecord find(NhsNumber nhsNumber);

    /** The records of several NHS numbers in one read; numbers with nothing held are absent. */
    Map<NhsNumber, ChildRecord> findAll(Collection<NhsNumber> nhsNumbers);

    /**
     * Replaces the whole entry of the entry's LA for the entry's NHS number (CP-IS020), leaving every other
     * LA's entry untouched (CP-IS021). Returns the entry it replaced, if any.
     */
    Optional<LocalAuthorityEntry> replace(LocalAuthorityEntry entry);

    /** Removes one LA's entry for one NHS number; returns whether there was one. */
    boolean remove(NhsNumber nhsNumber, OdsCode localAuthority);

    /** Visits every entry held, in NHS number order, without loading them all at once. */
    void forEachEntry(Consumer<LocalAuthorityEntry> visitor);
}
