package org.cpis.core.model;

import java.util.Objects;

/** An organisation by its ODS code and display name (CP-IS008: codes become names for every recipient). */
public record Organisation(OdsCode code, String name) {

    public Organisation {
        Objects.requireNonNull(code, "code");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException(ValueError.NAME_MISSING, code.value());
        }
    }
}
