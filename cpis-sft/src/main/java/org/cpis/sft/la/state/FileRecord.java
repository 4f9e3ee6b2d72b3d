package org.cpis.sft.la.state;

import org.cpis.core.model.SubjectKind;
import org.cpis.core.upload.RecordOutcome;

/**
 * One record of an upload file and, once acknowledged, its outcome.
 *
 * @param position   1-based position in the file (the acknowledgement's location {@code /File/record[n]})
 * @param localId    the child's local id
 * @param nhsNumber  the NHS number sent (the mother's for an unborn child)
 * @param outcome    CPR01-CPR07 once acknowledged, else {@code null}
 * @param detailCode CP-IS's detail code (CPRDnn) when it gave one
 * @param reason     the outcome in words for the LA user, or {@code null}
 */
public record FileRecord(int position, String localId, SubjectKind kind, String nhsNumber, RecordOutcome outcome,
                         String detailCode, String reason) {

    public FileRecord withOutcome(RecordOutcome newOutcome, String newDetailCode, String newReason) {
        return new FileRecord(position, localId, kind, nhsNumber, newOutcome, newDetailCode, newReason);
    }
}
