package org.cpis.core.port;

import java.util.Optional;
import org.cpis.core.model.OdsCode;

/**
 * Upload files that were applied, keyed by (LA, sequence id): the guard that makes a repeated file change
 * nothing, and the store of its acknowledgement.
 * <p>
 * An acknowledgement returns every record of its file, so a ledger entry can be as large as the file. Adapters
 * hold only a bounded part of it at a time: {@link #record} iterates the acknowledgement's results once, in order
 * (they may be read from a spill file as they are iterated, {@link org.cpis.core.upload.ResultSpilling}), and
 * {@link #find} gives back results that may likewise be read from a spill file rather than memory. Callers iterate
 * them rather than copying them.
 */
public interface FileLedger {

    /** The applied file with its whole acknowledgement, equal to what {@link #record} was given. */
    Optional<LedgerEntry> find(OdsCode localAuthority, String sequenceId);

    /**
     * Records an applied file. Throws {@link DuplicateFileException} when the (LA, sequence id) is already
     * recorded, which the caller's transaction must not survive.
     */
    void record(LedgerEntry entry) throws DuplicateFileException;
}
