package org.cpis.sft.la.export;

import org.cpis.sft.la.LaCode;

/**
 * A part of the export that cannot be used, e.g. "export.csv line 7, child 12345, date_of_birth: '31/02/2015' is
 * not a date (use DD/MM/YYYY or YYYY-MM-DD)". The child it belongs to is left as it was last sent.
 *
 * @param localId the child's local id, or {@code null} when the row has none
 * @param field   the column (CSV) or field (JSON) at fault
 */
public record ExportProblem(LaCode code, String export, String where, String localId, String field, String problem) {

    public String describe() {
        return code.code() + " " + export + " " + where + (localId == null ? "" : ", child " + localId)
                + (field == null ? "" : ", " + field) + ": " + problem;
    }
}
