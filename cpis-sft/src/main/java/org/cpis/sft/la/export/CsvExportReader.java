package org.cpis.sft.la.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cpis.core.model.PlanType;
import org.cpis.sft.la.LaClientException;
import org.cpis.sft.la.LaCode;

/**
 * Reads a CSV export (RFC 4180, UTF-8, a header line; a byte-order mark is skipped). Column names are matched
 * without regard to case, spaces or hyphens ({@code Date of birth} is {@code date_of_birth}); columns that are not
 * CP-IS data items are ignored. One row per plan: a child with a CPP and a LAC has two rows with the same
 * {@code local_child_id}; a child with no plan has one row with an empty {@code plan_type}.
 */
public final class CsvExportReader {

    public ChildExport read(Path file) {
        String name = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
                return read(name, parser);
            }
        } catch (MalformedInputException e) {
            throw new LaClientException(LaCode.EXPORT_UNREADABLE, name + " is not UTF-8 text: save the export as CSV UTF-8");
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new LaClientException(LaCode.EXPORT_UNREADABLE, name + " cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    private ChildExport read(String name, CSVParser parser) {
        Map<ExportField, String> columns = columns(name, parser.getHeaderNames());
        Map<String, ChildAssembly> children = new LinkedHashMap<>();
        List<ExportProblem> problems = new ArrayList<>();
        for (CSVRecord row : parser) {
            String where = "line " + (row.getRecordNumber() + 1);
            if (!row.isConsistent()) {
                problems.add(new ExportProblem(LaCode.EXPORT_FIELD, name, where, null, null, "has " + row.size()
                        + " cells but the header has " + columns.size() + " or more columns: check for a missing"
                        + " comma or an unclosed quote"));
            }
            String localId = FieldValues.text(cell(row, columns, ExportField.LOCAL_CHILD_ID));
            if (localId == null) {
                problems.add(new ExportProblem(LaCode.EXPORT_FIELD, name, where, null,
                        ExportField.LOCAL_CHILD_ID.column(), "is empty: every row names its child"));
                continue;
            }
            ChildAssembly child = children.computeIfAbsent(localId, id -> new ChildAssembly(name, id, where));
            child.seenAt(where);
            readRow(row, columns, child, where);
        }
        List<ExportedChild> good = new ArrayList<>();
        for (ChildAssembly child : children.values()) {
            if (child.problems().isEmpty()) {
                good.add(child.child());
            } else {
                problems.addAll(child.problems());
            }
        }
        return new ChildExport(name, good, problems);
    }

    private static void readRow(CSVRecord row, Map<ExportField, String> columns, ChildAssembly child, String where) {
        for (ExportField f : List.of(ExportField.NHS_NUMBER, ExportField.MOTHER_NHS_NUMBER)) {
            child.put(f, FieldValues.nhsNumber(cell(row, columns, f)), where, f.column());
        }
        for (ExportField f : List.of(ExportField.GIVEN_NAME, ExportField.FAMILY_NAME, ExportField.MOTHER_GIVEN_NAME,
                ExportField.MOTHER_FAMILY_NAME)) {
            String text = FieldValues.text(cell(row, columns, f));
            child.put(f, text == null ? null : text.replaceAll("\\s+", " "), where, f.column());
        }
        child.put(ExportField.RESPONSIBLE_LA, FieldValues.odsCode(cell(row, columns, ExportField.RESPONSIBLE_LA)),
                where, ExportField.RESPONSIBLE_LA.column());
        for (ExportField f : List.of(ExportField.DATE_OF_BIRTH, ExportField.DUE_DATE, ExportField.MOTHER_DATE_OF_BIRTH,
                ExportField.CASE_CLOSED_DATE)) {
            try {
                child.put(f, FieldValues.date(cell(row, columns, f)), where, f.column());
            } catch (FieldValues.BadValue e) {
                child.problem(where, f.column(), e.getMessage());
            }
        }
        PlanType type;
        try {
            type = FieldValues.planType(cell(row, columns, ExportField.PLAN_TYPE));
        } catch (FieldValues.BadValue e) {
            child.problem(where, ExportField.PLAN_TYPE.column(), e.getMessage());
            return;
        }
        if (type == null) {
            return;
        }
        try {
            child.plan(new ExportedPlan(where, type,
                    FieldValues.date(cell(row, columns, ExportField.PLAN_START_DATE)),
                    dateOf(row, columns, ExportField.PLAN_END_DATE, child, where),
                    dateOf(row, columns, ExportField.PLAN_DELETE_DATE, child, where),
                    FieldValues.text(cell(row, columns, ExportField.LAC_LEGAL_STATUS))));
        } catch (FieldValues.BadValue e) {
            child.problem(where, ExportField.PLAN_START_DATE.column(), e.getMessage());
        }
    }

    private static java.time.LocalDate dateOf(CSVRecord row, Map<ExportField, String> columns, ExportField f,
                                              ChildAssembly child, String where) {
        try {
            return FieldValues.date(cell(row, columns, f));
        } catch (FieldValues.BadValue e) {
            child.problem(where, f.column(), e.getMessage());
            return null;
        }
    }

    private static String cell(CSVRecord row, Map<ExportField, String> columns, ExportField f) {
        String header = columns.get(f);
        return header == null || !row.isSet(header) ? null : row.get(header);
    }

    /** The header name of each CP-IS column present; a required column missing is an error. */
    private static Map<ExportField, String> columns(String name, List<String> headers) {
        Map<String, String> byKey = new HashMap<>();
        for (String h : headers) {
            byKey.put(key(h), h);
        }
        Map<ExportField, String> columns = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (ExportField f : ExportField.values()) {
            String header = byKey.get(key(f.column()));
            if (header != null) {
                columns.put(f, header);
            } else if (f.requiredColumn()) {
                missing.add(f.column());
            }
        }
        if (!missing.isEmpty()) {
            throw new LaClientException(LaCode.EXPORT_UNREADABLE, name + " has no column " + String.join(", ", missing)
                    + " (its header line has: " + String.join(", ", headers) + "); see docs/samples/la-export.csv");
        }
        return columns;
    }

    private static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
    }
}
