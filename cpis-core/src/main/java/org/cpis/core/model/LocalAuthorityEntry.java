package org.cpis.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one Local Authority holds in CP-IS for one NHS number: its contact details, its own child
 * identifier (never sent to the NHS, CP-IS051), and at most one plan of each type. A new upload from the
 * same LA for the same NHS number replaces the whole entry (CP-IS020).
 *
 * @param birthDate    the child's date of birth as PDS holds it, kept only to apply the age rules
 *                     (CP-IS007, CP-IS030); {@code null} for an unborn child's entry (held against the
 *                     mother, to whom no age rule applies). It never leaves towards the NHS.
 * @param uploadFileId sequence id of the upload file that brought this entry (LAUFI in notifications)
 * @param receivedAt   when that file was processed
 */
public record LocalAuthorityEntry(NhsNumber nhsNumber, LocalAuthority localAuthority, String localChildId,
                                  SubjectKind subjectKind, LocalDate birthDate, List<Plan> plans,
                                  String uploadFileId, Instant receivedAt) {

    public LocalAuthorityEntry {
        Objects.requireNonNull(nhsNumber, "nhsNumber");
        Objects.requireNonNull(localAuthority, "localAuthority");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(uploadFileId, "uploadFileId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        plans = List.copyOf(plans);
        Set<PlanType> seen = EnumSet.noneOf(PlanType.class);
        for (Plan p : plans) {
            if (p.start() == null) {
                throw new InvalidValueException(ValueError.PLAN_START_MISSING, p.type().name());
            }
            if (p.end() != null && p.startDate().get().isAfter(p.endDate().get())) {
                throw new InvalidValueException(ValueError.PLAN_START_AFTER_END, p.type().name());
            }
            if (!seen.add(p.type())) {
                throw new InvalidValueException(ValueError.DUPLICATE_PLAN_TYPE, p.type().name());
            }
        }
    }

    public OdsCode localAuthorityCode() {
        return localAuthority.code();
    }

    public Optional<Plan> plan(PlanType type) {
        return plans.stream().filter(p -> p.type() == type).findFirst();
    }

    public Optional<LocalDate> birthDateIfKnown() {
        return Optional.ofNullable(birthDate);
    }

    public LocalAuthorityEntry withPlans(List<Plan> newPlans) {
        return new LocalAuthorityEntry(nhsNumber, localAuthority, localChildId, subjectKind, birthDate, newPlans,
                uploadFileId, receivedAt);
    }
}
