package org.cpis.server.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table for people: a header line, then one line per row, columns padded to their widest cell and separated by
 * two spaces. Columns named with a trailing {@code >} (e.g. {@code "Count>"}) are right-aligned, for numbers.
 */
final class TextTable {

    private static final String GAP = "  ";

    private final List<String> headers = new ArrayList<>();
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... columns) {
        rightAligned = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            rightAligned[i] = columns[i].endsWith(">");
            headers.add(rightAligned[i] ? columns[i].substring(0, columns[i].length() - 1) : columns[i]);
        }
    }

    TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(cell -> Objects.toString(cell, ReportTimes.NONE)).toList());
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Prints the table, each line after {@code indent}. */
    void print(PrintWriter out, String indent) {
        int[] widths = new int[headers.size()];
        for (List<String> line : lines()) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : lines()) {
            StringBuilder text = new StringBuilder(indent);
            for (int i = 0; i < widths.length; i++) {
                String cell = line.get(i);
                String padding = " ".repeat(widths[i] - cell.length());
                text.append(i == 0 ? "" : GAP).append(rightAligned[i] ? padding + cell : cell + padding);
            }
            out.println(text.toString().stripTrailing());
        }
    }

    private List<List<String>> lines() {
        List<List<String>> all = new ArrayList<>(rows.size() + 1);
        all.add(headers);
        all.addAll(rows);
        return all;
    }
}
