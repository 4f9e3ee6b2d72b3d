package org.cpis.core.exchange;

import java.time.Instant;
import java.util.List;
import org.cpis.core.model.NhsNumber;

/**
 * The demographics change feed (CP-IS012): numbers PDS marked superseded or merged, waiting to be notified to the
 * LAs that hold them. Recording a change also marks the number superseded in the demographics table.
 */
public interface DemographicsChanges {

    /**
     * Records that {@code inactive} is no longer in use; returns the change, or the existing one when the same
     * change (same numbers) is already in the feed, so loading a change file twice changes nothing.
     */
    DemographicsChange record(NhsNumber inactive, NhsNumber replacement, DemographicsChange.Kind kind, Instant at);

    /** Changes not yet notified, lowest id first, at most {@code limit}. */
    List<DemographicsChange> pending(int limit);

    /** Marks changes as notified. */
    void markNotified(List<Long> ids, Instant at);
}
