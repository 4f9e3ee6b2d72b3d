package org.cpis.core.audit;

import java.time.LocalDate;
import java.util.Objects;
import org.cpis.core.model.NhsNumber;

/** A person the audit trail holds rows about, with what decides how long they are kept (CP-IS076). */
public record AuditSubject(NhsNumber nhsNumber, LocalDate birthDate) {

    public AuditSubject {
        Objects.requireNonNull(nhsNumber, "nhsNumber");
    }
}
