package org.cpis.store.organisation;

import java.util.Objects;
import org.cpis.core.model.OdsCode;

/**
 * An organisation as the directory lists it.
 *
 * @param role what kind of organisation it is (e.g. "Local Authority", "NHS Trust"), or {@code null}
 */
public record ListedOrganisation(OdsCode code, String name, String role) {

    public ListedOrganisation {
        Objects.requireNonNull(code, "code");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("organisation " + code + " needs a name");
        }
    }
}
