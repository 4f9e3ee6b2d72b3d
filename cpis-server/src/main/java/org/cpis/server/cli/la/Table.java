package org.cpis.server.cli.la;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A table for people: a header line, then the rows, columns padded to their widest cell, two spaces apart. */
final class Table {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = List.of(headers);
    }

    Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(c -> Objects.toString(c, "")).toList());
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out, String indent) {
        int[] widths = new int[headers.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        for (List<String> line : all) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : all) {
            StringBuilder text = new StringBuilder(indent);
            for (int i = 0; i < widths.length; i++) {
                text.append(i == 0 ? "" : "  ").append(line.get(i)).append(" ".repeat(widths[i] - line.get(i).length()));
            }
            out.println(text.toString().stripTrailing());
        }
    }
}
