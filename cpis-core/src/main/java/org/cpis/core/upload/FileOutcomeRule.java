package org.cpis.core.upload;

import java.util.List;

/**
 * CP-IS018: the file outcome follows from its records' outcomes - every record loaded CPF02, some CPF03, none
 * CPF04. (CPF01, CPF05 and CPF06 are decided for the whole file before any record counts.)
 */
public final class FileOutcomeRule {

    public FileOutcome outcomeOf(List<RecordResult> results) {
        return outcomeOf(results.stream().filter(RecordResult::isSuccess).count(), results.size());
    }

    /** The same rule from the counts alone (a large file's results are not held in memory). */
    public FileOutcome outcomeOf(long successful, long records) {
        if (records <= 0) {
            throw new IllegalArgumentException("a file without records has no record-based outcome");
        }
        if (successful < 0 || successful > records) {
            throw new IllegalArgumentException(successful + " successful of " + records + " records");
        }
        if (successful == records) {
            return FileOutcome.CPF02;
        }
        return successful == 0 ? FileOutcome.CPF04 : FileOutcome.CPF03;
    }
}
