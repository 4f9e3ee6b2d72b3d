package org.cpis.core.notification;

import java.util.Objects;
import org.cpis.core.model.NhsNumber;

/** PDS says {@code inactive} is no longer in use; {@code replacement} is the number that replaced it, or null. */
public record InactiveNumber(NhsNumber inactive, NhsNumber replacement) {

    public InactiveNumber {
        Objects.requireNonNull(inactive, "inactive");
    }
}
