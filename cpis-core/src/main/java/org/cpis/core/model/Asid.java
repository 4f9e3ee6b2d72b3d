package org.cpis.core.model;

import java.util.regex.Pattern;

/** An Accredited System id (ASID): 12 digits, identifying an NHS system registered with Spine. */
public record Asid(String value) {

    private static final Pattern FORM = Pattern.compile("[0-9]{12}");

    public Asid {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValueException(ValueError.ASID_INVALID, value);
        }
    }

    public static Asid of(String text) {
        return new Asid(text == null ? null : text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
