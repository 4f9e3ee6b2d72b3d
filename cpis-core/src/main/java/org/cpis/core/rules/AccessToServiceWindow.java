package org.cpis.core.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * CP-IS022 and CP-IS070: the accesses one daily Access to Service Notification reports are those of one England
 * day (Europe/London, {@link ServiceCalendar}): {@code [start of the day, start of the next day)}. The window is as
 * long as the civil day - 23 hours on the day the clocks go forward, 25 on the day they go back - so the windows of
 * consecutive days meet exactly, and every access falls in the window of exactly one day.
 *
 * @param day   the England day notified
 * @param start the day's first instant (local midnight), inclusive
 * @param end   the next day's first instant, exclusive
 */
public record AccessToServiceWindow(LocalDate day, Instant start, Instant end) {

    /** Refuses a window that is not exactly its day's (use {@link #of}). */
    public AccessToServiceWindow {
        Objects.requireNonNull(day, "day");
        if (!startOf(day).equals(start) || !startOf(day.plusDays(1)).equals(end)) {
            throw new IllegalArgumentException("the Access to Service window of " + day + " is [" + startOf(day)
                    + ", " + startOf(day.plusDays(1)) + "), not [" + start + ", " + end + ")");
        }
    }

    /** The window of {@code day}: from its local midnight to the next one. */
    public static AccessToServiceWindow of(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new AccessToServiceWindow(day, startOf(day), startOf(day.plusDays(1)));
    }

    /** Whether an access at {@code at} is reported in this day's notification. */
    public boolean contains(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    private static Instant startOf(LocalDate day) {
        // atStartOfDay(zone) is the first valid time of the day, also where a zone skips midnight itself
        return day.atStartOfDay(ServiceCalendar.ZONE).toInstant();
    }
}
