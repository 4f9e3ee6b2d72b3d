package org.cpis.core.upload;

import java.util.List;

/**
 * CP-IS018: the file outcome follows from its records' outcomes - every record loaded CPF02, some CPF03, none
 * CPF04. (CPF01, CPF05 and CPF06 are decided for the whole file before any record counts.)
 */
public final class FileOutcomeRule {

    public FileOutcome outcomeOf(List<RecordResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("a file without records has no record-based outcome");
        }
        long ok = results.stream().filter(RecordResult::isSuccess).count();
        if (ok == results.size()) {
            return FileOutcome.CPF02;
        }
        return ok == 0 ? FileOutcome.CPF04 : FileOutcome.CPF03;
    }
}
