package org.cpis.store.csv;

/** Bad input in a CSV file, named by file, line and (when it is about one value) column. Nothing was loaded. */
public class CsvLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String column;

    public CsvLoadException(String source, long line, String column, String problem, Throwable cause) {
        super(source + " line " + line + (column == null ? "" : ", column " + column) + ": " + problem
                + "; nothing was loaded", cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    public String source() {
        return source;
    }

    public long line() {
        return line;
    }

    /** The column the problem is in, or {@code null} when it is about the whole line. */
    public String column() {
        return column;
    }
}
