package org.cpis.gateway.codec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpis.core.rules.ServiceCalendar;

/**
 * HL7 V3 TS values as CP-IS carries them.
 * <ul>
 *   <li>Message and act times ({@code creationTime}, {@code effectiveTime}): we send
 *       {@code yyyyMMddHHmmss+0000} (UTC, whole seconds); we read any precision from {@code yyyyMMddHHmm} on,
 *       with or without a fraction and with or without an offset - Spine itself omits the offset at times; a
 *       time without offset is read as Europe/London local time.</li>
 *   <li>Plan dates ({@code TS.NHS.DateType1}): exactly {@code yyyyMMddHHmm}, local, no offset.</li>
 *   <li>Birth times: {@code yyyyMMdd}; a longer value is read for its date.</li>
 * </ul>
 * A value that is not a real calendar date or time is a {@link DateTimeParseException}.
 */
public final class Hl7Time {

    private static final Pattern TS = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})?(\\.\\d{1,9})?([+-]\\d{4})?");
    private static final DateTimeFormatter INSTANT_OUT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'+0000'");
    private static final DateTimeFormatter PLAN = DateTimeFormatter.ofPattern("uuuuMMddHHmm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter PLAN_STRICT = PLAN.withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_STRICT = DATE.withResolverStyle(ResolverStyle.STRICT);

    private Hl7Time() {
    }

    public static String format(Instant instant) {
        return INSTANT_OUT.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    public static Instant parseInstant(String value) {
        Matcher m = TS.matcher(value == null ? "" : value);
        if (!m.matches()) {
            throw new DateTimeParseException("not an HL7 time (yyyyMMddHHmm[ss][.f][+ZZzz])", String.valueOf(value), 0);
        }
        try {
            LocalDateTime local = LocalDateTime.of(
                    LocalDate.of(num(m, 1), num(m, 2), num(m, 3)),
                    LocalTime.of(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6),
                            m.group(7) == null ? 0 : nanos(m.group(7))));
            if (m.group(8) == null) {
                return ZonedDateTime.of(local, ServiceCalendar.ZONE).toInstant();
            }
            String off = m.group(8);
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(Integer.parseInt(off.substring(0, 3)),
                    (off.charAt(0) == '-' ? -1 : 1) * Integer.parseInt(off.substring(3)));
            return local.toInstant(offset);
        } catch (DateTimeException e) {
            // e.g. 30 February or hour 25: the digits fit the pattern but name no real time
            throw new DateTimeParseException(e.getMessage(), value, 0, e);
        }
    }

    public static String formatPlanDate(LocalDateTime dateTime) {
        return PLAN.format(dateTime);
    }

    public static LocalDateTime parsePlanDate(String value) {
        if (value == null || value.length() != 12) {
            throw new DateTimeParseException("a plan date is exactly 12 digits yyyyMMddHHmm", String.valueOf(value), 0);
        }
        return LocalDateTime.parse(value, PLAN_STRICT);
    }

    public static String formatDate(LocalDate date) {
        return DATE.format(date);
    }

    public static LocalDate parseDate(String value) {
        if (value == null || value.length() < 8 || !startsWithDigits(value, 8)) {
            throw new DateTimeParseException("a date starts with 8 digits yyyyMMdd", String.valueOf(value), 0);
        }
        return LocalDate.parse(value.substring(0, 8), DATE_STRICT);
    }

    private static boolean startsWithDigits(String value, int count) {
        for (int i = 0; i < count; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int nanos(String fraction) {
        String digits = (fraction.substring(1) + "000000000").substring(0, 9);
        return Integer.parseInt(digits);
    }
}
