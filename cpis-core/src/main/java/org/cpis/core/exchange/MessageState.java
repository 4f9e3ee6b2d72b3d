package org.cpis.core.exchange;

/**
 * Where a message is in its life. Inbound (LA to CP-IS): {@code UPLOADING} (chunks outstanding) -> {@code RECEIVED}
 * -> {@code PROCESSING} -> {@code PROCESSED}, or {@code REJECTED} when it could not be taken at all. Outbound (CP-IS
 * to LA): {@code READY} (waiting for the LA) -> {@code ACKNOWLEDGED}, or {@code EXPIRED} when the LA did not collect
 * it in time (kept and reported, never deleted). Names are stored; never rename one.
 */
public enum MessageState {
    UPLOADING,
    RECEIVED,
    PROCESSING,
    PROCESSED,
    REJECTED,
    READY,
    ACKNOWLEDGED,
    EXPIRED;

    /** Whether an inbound message in this state still has to be processed (after a crash, PROCESSING too). */
    public boolean awaitsProcessing() {
        return this == RECEIVED || this == PROCESSING;
    }
}
