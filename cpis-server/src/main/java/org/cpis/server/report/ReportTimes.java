package org.cpis.server.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cpis.core.rules.ServiceCalendar;

/**
 * How reports write dates and times. For people (text): dates as DD/MM/YYYY and times as DD/MM/YYYY HH:MM:SS with
 * the zone, GMT or BST (CP-IS045, CP-SC004). For machines (CSV, JSON): ISO 8601, instants with their offset in
 * Europe/London. Every instant is shown on England's civil clock, the one every date rule uses.
 */
public final class ReportTimes {

    /** What a report shows where a date or time is absent. */
    public static final String NONE = "-";

    private static final DateTimeFormatter TEXT_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
    private static final DateTimeFormatter TEXT_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss zzz", Locale.UK)
            .withZone(ServiceCalendar.ZONE);
    private static final DateTimeFormatter TEXT_LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss", Locale.UK);
    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ServiceCalendar.ZONE);

    private ReportTimes() {
    }

    /** {@code 31/01/2026}, or {@value #NONE}. */
    public static String text(LocalDate date) {
        return date == null ? NONE : TEXT_DATE.format(date);
    }

    /** {@code 31/01/2026 14:30:00 GMT} (or BST in summer), or {@value #NONE}. */
    public static String text(Instant instant) {
        return instant == null ? NONE : TEXT_TIME.format(instant);
    }

    /**
     * A plan date as the Local Authority sent it: {@code 31/01/2026}, with the time {@code HH:MM:SS} after it when
     * the LA sent one other than midnight (its local time, as the wire carries no zone), or {@value #NONE}.
     */
    public static String text(LocalDateTime planDate) {
        if (planDate == null) {
            return NONE;
        }
        return planDate.toLocalTime().equals(LocalTime.MIDNIGHT) ? text(planDate.toLocalDate()) : TEXT_LOCAL_TIME.format(planDate);
    }

    /** {@code 2026-01-31}, or {@code null}. */
    public static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** {@code 2026-01-31T14:30:00Z}, {@code 2026-07-31T14:30:00+01:00}, or {@code null}. */
    public static String iso(Instant instant) {
        return instant == null ? null : ISO_TIME.format(instant);
    }

    /** {@code 2026-01-31T00:00:00}, or {@code null}. */
    public static String iso(LocalDateTime planDate) {
        return planDate == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(planDate);
    }
}
