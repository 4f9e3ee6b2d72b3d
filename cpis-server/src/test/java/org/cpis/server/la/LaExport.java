package org.cpis.server.la;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The LA's case-management export as a test changes it between builds: read from the sample
 * (docs/samples/la-export.csv), one row per plan, cells changed by the child's local id and plan type, written back as
 * the case-management system would write it.
 */
final class LaExport {

    private final List<String> columns;
    private final List<Map<String, String>> rows = new ArrayList<>();

    private LaExport(List<String> columns) {
        this.columns = columns;
    }

    static LaExport read(Path csv) {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in);
            LaExport export = new LaExport(List.copyOf(parser.getHeaderNames()));
            for (CSVRecord record : parser) {
                export.rows.add(new LinkedHashMap<>(record.toMap()));
            }
            return export;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a cell of the row of {@code localId}'s plan of {@code planType}. */
    LaExport set(String localId, String planType, String column, String value) {
        row(localId, planType).put(column, value);
        return this;
    }

    /** The row of a child's plan, to change it; fails when the export has none. */
    Map<String, String> row(String localId, String planType) {
        if (!columns.contains("local_child_id")) {
            throw new IllegalStateException("no local_child_id column");
        }
        return rows.stream().filter(r -> localId.equals(r.get("local_child_id")) && planType.equals(r.get("plan_type")))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no " + planType + " row for " + localId));
    }

    void write(Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(columns);
            for (Map<String, String> row : rows) {
                List<String> cells = new ArrayList<>();
                for (String column : columns) {
                    cells.add(row.getOrDefault(column, ""));
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
