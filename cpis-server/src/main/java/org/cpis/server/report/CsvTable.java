package org.cpis.server.report;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 writes it: a header line, then one line per row; a value holding a comma, a double quote or a line
 * break is put in double quotes, its double quotes doubled. An absent value is an empty cell.
 */
final class CsvTable {

    private final PrintWriter out;
    private final int columns;

    /** Writes the header line at once. */
    CsvTable(PrintWriter out, String... headers) {
        this.out = out;
        this.columns = headers.length;
        line((Object[]) headers);
    }

    CsvTable row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        line(cells);
        return this;
    }

    private void line(Object... cells) {
        out.println(Arrays.stream(cells).map(CsvTable::cell).collect(Collectors.joining(",")));
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
