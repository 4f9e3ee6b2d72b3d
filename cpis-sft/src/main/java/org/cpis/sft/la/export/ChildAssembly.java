package org.cpis.sft.la.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cpis.sft.la.LaCode;

/**
 * Gathers one child from the rows (CSV) or the object (JSON) that describe it. A child-level field given on two rows
 * must agree (an empty cell does not disagree); a field that cannot be read is a problem, and a child with any
 * problem is not used.
 */
final class ChildAssembly {

    private final String export;
    private final String localId;
    private final String firstWhere;
    private String lastWhere;
    private final Map<ExportField, Object> values = new EnumMap<>(ExportField.class);
    private final Map<ExportField, String> givenAt = new EnumMap<>(ExportField.class);
    private final List<ExportedPlan> plans = new ArrayList<>();
    private final List<ExportProblem> problems = new ArrayList<>();

    ChildAssembly(String export, String localId, String where) {
        this.export = export;
        this.localId = localId;
        this.firstWhere = where;
        this.lastWhere = where;
    }

    String localId() {
        return localId;
    }

    void seenAt(String where) {
        lastWhere = where;
    }

    /** Records a child-level value (ignored when empty); a different value given before is a problem. */
    void put(ExportField field, Object value, String where, String fieldName) {
        if (value == null) {
            return;
        }
        Object before = values.putIfAbsent(field, value);
        if (before == null) {
            givenAt.put(field, where);
        } else if (!before.equals(value)) {
            problems.add(new ExportProblem(LaCode.EXPORT_INCONSISTENT, export, where, localId, fieldName,
                    "'" + shown(value) + "' differs from '" + shown(before) + "' on " + givenAt.get(field)
                            + "; a child's own details must be the same on every row of that child"));
        }
    }

    void plan(ExportedPlan plan) {
        plans.add(plan);
    }

    void problem(String where, String field, String problem) {
        problems.add(new ExportProblem(LaCode.EXPORT_FIELD, export, where, localId, field, problem));
    }

    List<ExportProblem> problems() {
        return problems;
    }

    ExportedChild child() {
        ExportedPerson mother = new ExportedPerson(text(ExportField.MOTHER_NHS_NUMBER),
                text(ExportField.MOTHER_GIVEN_NAME), text(ExportField.MOTHER_FAMILY_NAME),
                date(ExportField.MOTHER_DATE_OF_BIRTH));
        String where = firstWhere.equals(lastWhere) ? firstWhere : firstWhere + " to " + lastWhere;
        return new ExportedChild(localId, where, text(ExportField.NHS_NUMBER), text(ExportField.GIVEN_NAME),
                text(ExportField.FAMILY_NAME), date(ExportField.DATE_OF_BIRTH), date(ExportField.DUE_DATE), mother,
                date(ExportField.CASE_CLOSED_DATE), text(ExportField.RESPONSIBLE_LA), plans);
    }

    private String text(ExportField f) {
        return (String) values.get(f);
    }

    private LocalDate date(ExportField f) {
        return (LocalDate) values.get(f);
    }

    private static String shown(Object value) {
        return value instanceof LocalDate d ? d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                : value.toString();
    }
}
