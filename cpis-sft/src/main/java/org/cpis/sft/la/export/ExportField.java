package org.cpis.sft.la.export;

/**
 * The CP-IS data items an export carries, with their CSV column and JSON field names (docs/LA-CLIENT.md). In CSV one
 * row is one plan of a child, and the child's own fields repeat on every row of that child; in JSON a child is one
 * object with its mother and plans nested.
 */
public enum ExportField {
    LOCAL_CHILD_ID("local_child_id", "localChildId", true),
    NHS_NUMBER("nhs_number", "nhsNumber", true),
    GIVEN_NAME("given_name", "givenName", true),
    FAMILY_NAME("family_name", "familyName", true),
    DATE_OF_BIRTH("date_of_birth", "dateOfBirth", true),
    DUE_DATE("due_date", "dueDate", false),
    MOTHER_NHS_NUMBER("mother_nhs_number", "mother.nhsNumber", false),
    MOTHER_GIVEN_NAME("mother_given_name", "mother.givenName", false),
    MOTHER_FAMILY_NAME("mother_family_name", "mother.familyName", false),
    MOTHER_DATE_OF_BIRTH("mother_date_of_birth", "mother.dateOfBirth", false),
    PLAN_TYPE("plan_type", "plans[].type", true),
    PLAN_START_DATE("plan_start_date", "plans[].startDate", true),
    PLAN_END_DATE("plan_end_date", "plans[].endDate", false),
    PLAN_DELETE_DATE("plan_delete_date", "plans[].deleteDate", false),
    LAC_LEGAL_STATUS("lac_legal_status", "plans[].lacLegalStatus", false),
    CASE_CLOSED_DATE("case_closed_date", "caseClosedDate", false),
    RESPONSIBLE_LA("responsible_la", "responsibleLa", false);

    private final String column;
    private final String jsonName;
    private final boolean requiredColumn;

    ExportField(String column, String jsonName, boolean requiredColumn) {
        this.column = column;
        this.jsonName = jsonName;
        this.requiredColumn = requiredColumn;
    }

    /** The CSV column header. */
    public String column() {
        return column;
    }

    /** The JSON field, as a path from the child object. */
    public String jsonName() {
        return jsonName;
    }

    /** Whether a CSV export must have this column (its cells may still be empty). */
    public boolean requiredColumn() {
        return requiredColumn;
    }
}
