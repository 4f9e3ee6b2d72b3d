package org.cpis.core.upload;

import java.util.Objects;

/**
 * The outcome of one upload record, with the record itself (the acknowledgement returns it to the LA).
 *
 * @param detail our detail code, or {@code null} for a successful record
 */
public record RecordResult(UploadRecord record, RecordOutcome outcome, RecordDetail detail) {

    public RecordResult {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(outcome, "outcome");
        if (detail != null && detail.outcome() != outcome) {
            throw new IllegalArgumentException(detail + " does not go with " + outcome);
        }
        if (detail == null && outcome != RecordOutcome.CPR06) {
            throw new IllegalArgumentException(outcome + " needs a detail code");
        }
    }

    public static RecordResult success(UploadRecord record) {
        return new RecordResult(record, RecordOutcome.CPR06, null);
    }

    public static RecordResult failure(UploadRecord record, RecordDetail detail) {
        return new RecordResult(record, detail.outcome(), detail);
    }

    public boolean isSuccess() {
        return outcome.isSuccess();
    }

    /** A sentence an LA user can act on, e.g. "record 3 (local id 12345): CPR07 CPRD13 ...". */
    public String describe() {
        String who = "record " + record.position()
                + (record.localId() == null ? "" : " (local id " + record.localId() + ")");
        return who + ": " + outcome + " " + outcome.displayName()
                + (detail == null ? "" : " - " + detail.code() + " " + detail.message());
    }
}
