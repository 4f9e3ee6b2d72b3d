package org.cpis.server.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.cpis.core.rules.ServiceCalendar;

/**
 * A time of day on England's civil clock (Europe/London), at which a job runs once a day. The time follows the
 * clocks as they change between GMT and BST; on the day the clocks go forward a time that does not exist that
 * night (01:00 to 01:59) runs an hour later, and on the day they go back a time that happens twice runs the first
 * time only.
 */
record DailyAt(LocalTime time) {

    DailyAt {
        Objects.requireNonNull(time, "time");
    }

    /** The first moment strictly after {@code after} at which the clocks in England show {@link #time()}. */
    Instant nextAfter(Instant after) {
        LocalDate day = ServiceCalendar.dateOf(after);
        while (true) {
            Instant candidate = ZonedDateTime.of(day, time, ServiceCalendar.ZONE).toInstant();
            if (candidate.isAfter(after)) {
                return candidate;
            }
            day = day.plusDays(1);
        }
    }

    @Override
    public String toString() {
        return time + " " + ServiceCalendar.ZONE.getId();
    }
}
