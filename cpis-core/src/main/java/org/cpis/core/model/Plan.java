package org.cpis.core.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One plan (CPP, LAC or UCPP) of one child as one Local Authority sent it. Dates carry the minute the
 * wire carries ({@code yyyyMMddHHmm}); every rule works on their calendar date. The start date may be
 * absent only in an upload that is about to be refused (CPR07); a stored plan always has one.
 *
 * @param start  start date
 * @param end    end date (for a UCPP, the expected due date), or {@code null}
 * @param delete date from which the plan is to be removed for data-quality reasons, or {@code null}
 */
public record Plan(PlanType type, LocalDateTime start, LocalDateTime end, LocalDateTime delete) {

    public Plan {
        Objects.requireNonNull(type, "type");
    }

    public static Plan of(PlanType type, LocalDate start, LocalDate end, LocalDate delete) {
        return new Plan(type, atMidnight(start), atMidnight(end), atMidnight(delete));
    }

    private static LocalDateTime atMidnight(LocalDate date) {
        return date == null ? null : date.atStartOfDay();
    }

    public Optional<LocalDate> startDate() {
        return Optional.ofNullable(start).map(LocalDateTime::toLocalDate);
    }

    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(end).map(LocalDateTime::toLocalDate);
    }

    public Optional<LocalDate> deleteDate() {
        return Optional.ofNullable(delete).map(LocalDateTime::toLocalDate);
    }

    public Plan withEnd(LocalDateTime newEnd) {
        return new Plan(type, start, newEnd, delete);
    }

    /** The plan as it may leave towards the NHS: never with its delete date (CP-NHS010). */
    public Plan withoutDeleteDate() {
        return new Plan(type, start, end, null);
    }
}
