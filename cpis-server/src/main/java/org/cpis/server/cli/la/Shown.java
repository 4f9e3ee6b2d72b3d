package org.cpis.server.cli.la;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.sft.la.check.CheckMessages;

/** Values as people read them (CP-SC004): DD/MM/YYYY HH:MM:SS in UK time, NHS numbers in the "3 3 4" form. */
final class Shown {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ServiceCalendar.ZONE);

    private Shown() {
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static String nhs(String nhsNumber) {
        return nhsNumber == null ? "" : CheckMessages.spaced(nhsNumber);
    }

    /** The machine form of an instant for CSV and JSON: ISO-8601 UTC. */
    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
