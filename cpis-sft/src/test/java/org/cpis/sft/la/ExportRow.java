package org.cpis.sft.la;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One CSV row of a test export, built field by field; unknown columns (like {@code address}) are not CP-IS items. */
final class ExportRow {

    static final List<String> COLUMNS = List.of("local_child_id", "nhs_number", "given_name", "family_name",
            "date_of_birth", "due_date", "mother_nhs_number", "mother_given_name", "mother_family_name",
            "mother_date_of_birth", "plan_type", "plan_start_date", "plan_end_date", "plan_delete_date",
            "lac_legal_status", "case_closed_date", "responsible_la", "address");

    private final Map<String, String> cells = new LinkedHashMap<>();

    private ExportRow() {
    }

    static ExportRow child(String localId, String nhs, String given, String family, String dob) {
        return new ExportRow().with("local_child_id", localId).with("nhs_number", nhs).with("given_name", given)
                .with("family_name", family).with("date_of_birth", dob).with("address", "1 High Street");
    }

    static ExportRow unborn(String localId, String due, String motherNhs, String motherGiven, String motherFamily,
                            String motherDob) {
        return new ExportRow().with("local_child_id", localId).with("due_date", due)
                .with("mother_nhs_number", motherNhs).with("mother_given_name", motherGiven)
                .with("mother_family_name", motherFamily).with("mother_date_of_birth", motherDob)
                .with("address", "2 Low Road");
    }

    ExportRow with(String column, String value) {
        if (!COLUMNS.contains(column)) {
            throw new IllegalArgumentException(column);
        }
        ExportRow copy = new ExportRow();
        copy.cells.putAll(cells);
        copy.cells.put(column, value);
        return copy;
    }

    ExportRow plan(String type, String start) {
        return with("plan_type", type).with("plan_start_date", start);
    }

    ExportRow cpp(String start) {
        return plan("CPP", start);
    }

    ExportRow lac(String start, String legalStatus) {
        return plan("LAC", start).with("lac_legal_status", legalStatus);
    }

    ExportRow ucpp(String start) {
        return plan("UCPP", start);
    }

    String csv() {
        return COLUMNS.stream().map(c -> {
            String v = cells.get(c);
            return v == null ? "" : v.contains(",") ? '"' + v + '"' : v;
        }).collect(Collectors.joining(","));
    }

    static String header() {
        return String.join(",", COLUMNS);
    }
}
