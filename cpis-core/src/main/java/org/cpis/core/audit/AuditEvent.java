package org.cpis.core.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;

/**
 * One thing that happened, for the tamper-evident audit trail: who ({@code actor}, e.g. "sds:5555"
 * or "la:X09"), from which organisation, to which child, when, and what.
 */
public record AuditEvent(Instant at, AuditAction action, String actor, OdsCode actorOrganisation, NhsNumber subject,
                         String detail) {

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        detail = detail == null ? "" : detail;
    }

    public Optional<NhsNumber> subjectIfAny() {
        return Optional.ofNullable(subject);
    }

    public Optional<OdsCode> organisationIfAny() {
        return Optional.ofNullable(actorOrganisation);
    }
}
