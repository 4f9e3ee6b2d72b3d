package org.cpis.core.port;

import java.util.Optional;
import org.cpis.core.model.OdsCode;

/**
 * Upload files that were applied, keyed by (LA, sequence id): the guard that makes a repeated file change
 * nothing, and the store of its acknowledgement.
 */
public interface FileLedger {

    Optional<LedgerEntry> find(OdsCode localAuthority, String sequenceId);

    /**
     * Records an applied file. Throws {@link DuplicateFileException} when the (LA, sequence id) is already
     * recorded, which the caller's transaction must not survive.
     */
    void record(LedgerEntry entry) throws DuplicateFileException;
}
