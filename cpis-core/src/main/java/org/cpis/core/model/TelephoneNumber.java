package org.cpis.core.model;

import java.util.regex.Pattern;

/**
 * A telephone number as CP-IS carries it: digits, optionally with a leading '+'. On the wire it is a
 * {@code tel:} URI; {@link #of(String)} accepts that form and spaces people type.
 */
public record TelephoneNumber(String digits) {

    private static final Pattern FORM = Pattern.compile("\\+?[0-9]{3,20}");

    public TelephoneNumber {
        if (digits == null || !FORM.matcher(digits).matches()) {
            throw new InvalidValueException(ValueError.TELEPHONE_INVALID, digits);
        }
    }

    public static TelephoneNumber of(String text) {
        return new TelephoneNumber(normalise(text));
    }

    public static boolean isValid(String text) {
        String n = normalise(text);
        return n != null && FORM.matcher(n).matches();
    }

    private static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.regionMatches(true, 0, "tel:", 0, 4)) {
            t = t.substring(4);
        }
        return t.replace(" ", "");
    }

    /** The wire form, e.g. {@code tel:01632960000}. */
    public String uri() {
        return "tel:" + digits;
    }

    @Override
    public String toString() {
        return digits;
    }
}
