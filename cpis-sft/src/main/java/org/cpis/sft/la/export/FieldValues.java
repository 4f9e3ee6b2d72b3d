package org.cpis.sft.la.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.cpis.core.model.PlanType;

/**
 * Turns export cells into values, or says in words what is wrong with one. Dates are accepted as DD/MM/YYYY (the
 * standard display format, CP-SC004) or YYYY-MM-DD; plan types as CPP, UCPP or LAC in any case.
 */
final class FieldValues {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private FieldValues() {
    }

    /** A value that cannot be used; the message says why in words. */
    static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;

        BadValue(String message) {
            super(message);
        }
    }

    /** The text, stripped, or {@code null} when empty. */
    static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        return s.isEmpty() ? null : s;
    }

    static LocalDate date(String raw) throws BadValue {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {UK, ISO}) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new BadValue("'" + s + "' is not a date (use DD/MM/YYYY or YYYY-MM-DD)");
    }

    static PlanType planType(String raw) throws BadValue {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        try {
            return PlanType.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadValue("'" + s + "' is not a plan type (use CPP, UCPP or LAC)");
        }
    }

    /** An NHS number as typed: spaces (the "3 3 4" form) are taken out; its check digit is checked later. */
    static String nhsNumber(String raw) {
        String s = text(raw);
        return s == null ? null : s.replace(" ", "");
    }

    static String odsCode(String raw) {
        String s = text(raw);
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
