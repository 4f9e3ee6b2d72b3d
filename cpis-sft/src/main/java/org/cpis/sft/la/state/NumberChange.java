package org.cpis.sft.la.state;

import java.time.Instant;
import java.util.Objects;

/**
 * A new NHS number for a child learnt from an Inactive NHS Number Notification (CP-SC023): while the export still
 * gives the old number for the child, the new one is sent instead (and the build says so, so that the
 * case-management system gets updated too).
 *
 * @param localId   the child's local id
 * @param oldNumber the inactive number (the child's, or the mother's for an unborn child)
 * @param newNumber its replacement
 * @param learntAt  when the notification was applied
 */
public record NumberChange(String localId, String oldNumber, String newNumber, Instant learntAt) {

    public NumberChange {
        Objects.requireNonNull(localId, "localId");
        Objects.requireNonNull(oldNumber, "oldNumber");
        Objects.requireNonNull(newNumber, "newNumber");
    }
}
