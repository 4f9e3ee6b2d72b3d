package org.cpis.store.demographics;

import java.util.Objects;
import org.cpis.core.exchange.DemographicsChange;
import org.cpis.core.model.NhsNumber;

/**
 * One line of a demographics change file: an NHS number PDS no longer uses, what replaced it (when known) and how it
 * became inactive. Recorded, it becomes a {@link DemographicsChange} of the feed.
 *
 * @param inactive    the number no longer in use
 * @param replacement the number that replaced it, or {@code null} when not known; never {@code inactive} itself
 * @param kind        superseded or merged
 */
public record InactiveNumber(NhsNumber inactive, NhsNumber replacement, DemographicsChange.Kind kind) {

    public InactiveNumber {
        Objects.requireNonNull(inactive, "inactive");
        Objects.requireNonNull(kind, "kind");
        if (inactive.equals(replacement)) {
            throw new IllegalArgumentException("NHS number " + inactive.value() + " cannot replace itself");
        }
    }
}
