package org.cpis.store.csv;

import java.util.Locale;

/** The yes/no values of CP-IS CSV files: {@code true} or {@code false}, in any case. */
public final class CsvFlags {

    /** What a flag column expects, for error messages. */
    public static final String EXPECTED = "true or false";

    private CsvFlags() {
    }

    /** {@code true} or {@code false} in any case; anything else is refused. */
    public static boolean parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    /** The flag in a column, or {@code otherwise} when the value is empty or the file has no such column. */
    public static boolean of(CsvRow row, String column, boolean otherwise) {
        Boolean value = row.value(column, CsvFlags::parse, EXPECTED);
        return value == null ? otherwise : value;
    }
}
