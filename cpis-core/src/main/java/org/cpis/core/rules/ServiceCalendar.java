package org.cpis.core.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar every date rule uses: dates are England's civil dates (Europe/London), so "today" turns over at
 * local midnight, in GMT and in BST alike.
 */
public final class ServiceCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private ServiceCalendar() {
    }

    /**
     * The service's clock: UTC, cut to the microsecond, the precision PostgreSQL keeps instants in, so that a
     * value read back equals the one written.
     */
    public static Clock systemClock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    public static LocalDate today(Clock clock) {
        return dateOf(clock.instant());
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
