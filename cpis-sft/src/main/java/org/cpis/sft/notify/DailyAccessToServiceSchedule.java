package org.cpis.sft.notify;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.cpis.core.rules.ServiceCalendar;

/**
 * When the daily Access to Service run is due (issue 5 section 4: 00:30 Europe/London by default, configurable):
 * the scheduler asks {@link #nextDue} and calls {@link AccessToServiceJob#runDue} then. Running it at another time
 * (at start-up, after a missed night) is safe: the job sends every day not sent yet, each once.
 *
 * @param timeOfDay the local time of the run
 * @param zone      the zone of that time (England's: Europe/London)
 */
public record DailyAccessToServiceSchedule(LocalTime timeOfDay, ZoneId zone) {

    public static final DailyAccessToServiceSchedule DEFAULT =
            new DailyAccessToServiceSchedule(LocalTime.of(0, 30), ServiceCalendar.ZONE);

    public DailyAccessToServiceSchedule {
        Objects.requireNonNull(timeOfDay, "timeOfDay");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * The first run strictly after {@code after}. On a day the clocks go forward through the time of day (a time
     * that does not exist), the run is at the same distance after the gap, as the zone rules shift it.
     */
    public Instant nextDue(Instant after) {
        ZonedDateTime local = after.atZone(zone);
        Instant candidate = local.toLocalDate().atTime(timeOfDay).atZone(zone).toInstant();
        if (candidate.isAfter(after)) {
            return candidate;
        }
        return local.toLocalDate().plusDays(1).atTime(timeOfDay).atZone(zone).toInstant();
    }
}
