package org.cpis.store.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a whole CSV file (RFC 4180: comma-separated, values optionally in double quotes, UTF-8, an optional
 * byte-order mark) whose first line names the columns, in any order and in any letter case. Every required
 * column must be there and no unknown one may be; blank lines are skipped. Each row knows its line number,
 * even after a quoted value that runs over several lines.
 */
public final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .get();

    private CsvRows() {
    }

    /**
     * @param source   the file's name, for error messages
     * @param known    every column the file may have, in their documented order
     * @param required the columns it must have
     */
    public static List<CsvRow> read(Reader reader, String source, List<String> known, Set<String> required) {
        CSVParser parser = open(reader, source);
        try (parser) {
            List<String> columns = columns(parser.getHeaderNames(), source, known, required);
            List<CsvRow> rows = new ArrayList<>();
            long linesBefore = parser.getCurrentLineNumber();
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, source, linesBefore + 1)) {
                CSVRecord record = records.next();
                long line = linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() != columns.size()) {
                    throw new CsvLoadException(source, line, null, "the line has " + record.size()
                            + " values but the header names " + columns.size() + " columns", null);
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.put(columns.get(i), record.get(i));
                }
                rows.add(new CsvRow(source, line, values));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static CSVParser open(Reader reader, String source) {
        try {
            return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (IllegalArgumentException e) {
            throw new CsvLoadException(source, 1, null, "the header line is not usable: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> records, String source, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new CsvLoadException(source, line, null, "not readable as CSV: " + e.getMessage(), e);
        }
    }

    /** The header's column names, normalised (byte-order mark and spaces removed, lower case) and checked. */
    private static List<String> columns(List<String> header, String source, List<String> known, Set<String> required) {
        String expected = "; the columns are " + String.join(",", known);
        List<String> columns = new ArrayList<>(header.size());
        for (String name : header) {
            String column = name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (!known.contains(column)) {
                throw new CsvLoadException(source, 1, null, "unknown column '" + name + "'" + expected, null);
            }
            if (columns.contains(column)) {
                throw new CsvLoadException(source, 1, null, "column '" + column + "' appears twice", null);
            }
            columns.add(column);
        }
        for (String column : known) {
            if (required.contains(column) && !columns.contains(column)) {
                throw new CsvLoadException(source, 1, null, "the header has no column '" + column + "'" + expected, null);
            }
        }
        return columns;
    }
}
