package org.cpis.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A Local Authority as it identifies itself in an upload: ODS code, name, the emergency-duty (out of
 * hours) telephone number that is mandatory, and the office-hours number that should be sent (CP-SC007).
 */
public record LocalAuthority(OdsCode code, String name, TelephoneNumber emergencyDutyPhone,
                             TelephoneNumber officeHoursPhone) {

    public LocalAuthority {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(emergencyDutyPhone, "emergencyDutyPhone");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException(ValueError.NAME_MISSING, code.value());
        }
    }

    public Optional<TelephoneNumber> officeHours() {
        return Optional.ofNullable(officeHoursPhone);
    }

    public Organisation organisation() {
        return new Organisation(code, name);
    }
}
