package org.cpis.core.rules;

import java.time.Clock;
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

    public static LocalDate today(Clock clock) {
        return dateOf(clock.instant());
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
