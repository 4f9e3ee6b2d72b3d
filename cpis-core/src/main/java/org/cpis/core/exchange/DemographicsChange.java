package org.cpis.core.exchange;

import java.time.Instant;
import java.util.Objects;
import org.cpis.core.model.NhsNumber;

/**
 * PDS said an NHS number is no longer in use (superseded or merged), CP-IS012: one entry of the demographics change
 * feed. The Inactive NHS Number notification job reads the feed and notifies every LA holding the number once.
 *
 * @param id          the feed's own increasing number
 * @param inactive    the number no longer in use
 * @param replacement the number that replaced it, or {@code null} when not known
 * @param kind        how it became inactive
 * @param recordedAt  when the change reached CP-IS
 */
public record DemographicsChange(long id, NhsNumber inactive, NhsNumber replacement, Kind kind, Instant recordedAt) {

    public enum Kind {
        SUPERSEDED, MERGED
    }

    public DemographicsChange {
        Objects.requireNonNull(inactive, "inactive");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
