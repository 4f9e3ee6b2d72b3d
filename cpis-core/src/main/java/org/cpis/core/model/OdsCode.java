package org.cpis.core.model;

import java.util.regex.Pattern;

/** An Organisation Data Service code: an LA, NHS trust, site or other organisation (3 to 9 characters). */
public record OdsCode(String value) implements Comparable<OdsCode> {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9]{3,9}");

    public OdsCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValueException(ValueError.ODS_CODE_INVALID, value);
        }
    }

    public static OdsCode of(String text) {
        return new OdsCode(text == null ? null : text.strip());
    }

    public static boolean isValid(String text) {
        return text != null && FORM.matcher(text.strip()).matches();
    }

    @Override
    public int compareTo(OdsCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
