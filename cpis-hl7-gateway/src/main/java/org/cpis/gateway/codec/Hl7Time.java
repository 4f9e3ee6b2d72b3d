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

    private static final DateTimeFormatter INSTANT_OUT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'+0000'");
    private static final DateTimeFormatter PLAN = DateTimeFormatter.ofPattern("uuuuMMddHHmm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter PLAN_STRICT = PLAN.withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_STRICT = DATE.withResolverStyle(ResolverStyle.STRICT);

    private Hl7Time() {
    }

    public static String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return INSTANT_OUT.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        }
        char[] out = new char[19];
        digits(out, 0, t.getYear(), 4);
        digits(out, 4, t.getMonthValue(), 2);
        digits(out, 6, t.getDayOfMonth(), 2);
        digits(out, 8, t.getHour(), 2);
        digits(out, 10, t.getMinute(), 2);
        digits(out, 12, t.getSecond(), 2);
        "+0000".getChars(0, 5, out, 14);
        return new String(out);
    }

    public static Instant parseInstant(String value) {
        TimeParts p = value == null ? null : TimeParts.of(value);
        if (p == null) {
            throw new DateTimeParseException("not an HL7 time (yyyyMMddHHmm[ss][.f][+ZZzz])", String.valueOf(value), 0);
        }
        try {
            LocalDateTime local = LocalDateTime.of(
                    LocalDate.of(p.year, p.month, p.day), LocalTime.of(p.hour, p.minute, p.second, p.nanos));
            if (!p.offset) {
                return ZonedDateTime.of(local, ServiceCalendar.ZONE).toInstant();
            }
            return local.toInstant(ZoneOffset.ofHoursMinutes(p.offsetHours, p.offsetMinutes));
        } catch (DateTimeException e) {
            // e.g. 30 February or hour 25: the digits fit the pattern but name no real time
            throw new DateTimeParseException(e.getMessage(), value, 0, e);
        }
    }

    /**
     * The parts of a value of the form {@code yyyyMMddHHmm[ss][.f{1,9}][+|-ZZzz]} (ASCII digits), read without a
     * regular expression: a message carries several and an upload millions.
     */
    private static final class TimeParts {
        int year;
        int month;
        int day;
        int hour;
        int minute;
        int second;
        int nanos;
        boolean offset;
        int offsetHours;
        int offsetMinutes;

        /** The parts, or {@code null} when the value is not of that form. */
        static TimeParts of(String v) {
            int n = v.length();
            if (n < 12 || !asciiDigits(v, 0, 12)) {
                return null;
            }
            TimeParts p = new TimeParts();
            p.year = number(v, 0, 4);
            p.month = number(v, 4, 6);
            p.day = number(v, 6, 8);
            p.hour = number(v, 8, 10);
            p.minute = number(v, 10, 12);
            int at = 12;
            if (at + 2 <= n && asciiDigits(v, at, at + 2)) {
                p.second = number(v, at, at + 2);
                at += 2;
            }
            if (at < n && v.charAt(at) == '.') {
                int start = ++at;
                while (at < n && at - start < 9 && asciiDigits(v, at, at + 1)) {
                    at++;
                }
                if (at == start) {
                    return null;
                }
                p.nanos = number(v, start, at);
                for (int k = at - start; k < 9; k++) {
                    p.nanos *= 10;
                }
            }
            if (at < n && (v.charAt(at) == '+' || v.charAt(at) == '-')) {
                if (at + 5 != n || !asciiDigits(v, at + 1, n)) {
                    return null;
                }
                int sign = v.charAt(at) == '-' ? -1 : 1;
                p.offset = true;
                p.offsetHours = sign * number(v, at + 1, at + 3);
                p.offsetMinutes = sign * number(v, at + 3, at + 5);
                at = n;
            }
            return at == n ? p : null;
        }
    }

    public static String formatPlanDate(LocalDateTime dateTime) {
        if (dateTime.getYear() < 0 || dateTime.getYear() > 9999) {
            return PLAN.format(dateTime);
        }
        char[] out = new char[12];
        digits(out, 0, dateTime.getYear(), 4);
        digits(out, 4, dateTime.getMonthValue(), 2);
        digits(out, 6, dateTime.getDayOfMonth(), 2);
        digits(out, 8, dateTime.getHour(), 2);
        digits(out, 10, dateTime.getMinute(), 2);
        return new String(out);
    }

    public static LocalDateTime parsePlanDate(String value) {
        if (value == null || value.length() != 12) {
            throw new DateTimeParseException("a plan date is exactly 12 digits yyyyMMddHHmm", String.valueOf(value), 0);
        }
        if (asciiDigits(value, 0, 12)) {
            try {
                return LocalDateTime.of(number(value, 0, 4), number(value, 4, 6), number(value, 6, 8),
                        number(value, 8, 10), number(value, 10, 12));
            } catch (DateTimeException e) {
                // not a real date or time: the formatter below refuses it too, in its own words
            }
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
        if (asciiDigits(value, 0, 8)) {
            try {
                return LocalDate.of(number(value, 0, 4), number(value, 4, 6), number(value, 6, 8));
            } catch (DateTimeException e) {
                // not a real date: the formatter below refuses it too, in its own words
            }
        }
        return LocalDate.parse(value.substring(0, 8), DATE_STRICT);
    }

    private static boolean asciiDigits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (value.charAt(i) - '0');
        }
        return n;
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static boolean startsWithDigits(String value, int count) {
        for (int i = 0; i < count; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

}
