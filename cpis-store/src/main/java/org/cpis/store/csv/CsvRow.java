package org.cpis.store.csv;

import java.util.Map;
import java.util.function.Function;

/** One data line of a CSV file: its values by column name, and the line it came from for error messages. */
public final class CsvRow {

    private final String source;
    private final long line;
    private final Map<String, String> values;

    CsvRow(String source, long line, Map<String, String> values) {
        this.source = source;
        this.line = line;
        this.values = values;
    }

    public long line() {
        return line;
    }

    /** The value, trimmed; {@code null} when empty or when the file has no such column. */
    public String text(String column) {
        String value = values.get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    public String requiredText(String column) {
        String value = text(column);
        if (value == null) {
            throw problem(column, "a value is required");
        }
        return value;
    }

    /**
     * The value parsed, or {@code null} when empty; a value the parser refuses becomes a
     * {@link CsvLoadException} saying what was expected, e.g. "'2019-02-30' is not a date (yyyy-mm-dd)".
     */
    public <T> T value(String column, Function<String, T> parser, String expected) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new CsvLoadException(source, line, column, "'" + value + "' is not " + expected, e);
        }
    }

    public <T> T requiredValue(String column, Function<String, T> parser, String expected) {
        requiredText(column);
        return value(column, parser, expected);
    }

    public CsvLoadException problem(String column, String problem) {
        return new CsvLoadException(source, line, column, problem, null);
    }
}
