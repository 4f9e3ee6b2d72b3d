package org.cpis.core.upload;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The LA Acknowledgement Response (REPC_MT000003GB01) in domain terms: the file outcome and one result per
 * record processed, addressed only to the uploading LA (CP-IS023) and correlated to its file (CP-IS019). The
 * results of a large file are read from a spill file as they are iterated ({@link ResultSpilling}): iterate
 * them, rather than copying them, to keep memory bounded.
 *
 * @param sequenceId       the acknowledged file's sequence id, or "-1" when it could not be read
 * @param recordsProcessed transmissionQuantity of the response, -1 when not determinable
 * @param problem          why the file got a file-level outcome, or {@code null} when its records decided it
 */
public record UploadAcknowledgement(String sequenceId, UploadedLocalAuthority recipient, Instant createdAt,
                                    FileOutcome fileOutcome, FileProblem problem, int recordsProcessed,
                                    List<RecordResult> results) {

    public static final String UNKNOWN_SEQUENCE_ID = "-1";

    public UploadAcknowledgement {
        Objects.requireNonNull(sequenceId, "sequenceId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(fileOutcome, "fileOutcome");
        results = results instanceof SpilledList<RecordResult> ? results : List.copyOf(results);
        if (problem != null && problem.outcome() != fileOutcome) {
            throw new IllegalArgumentException(problem + " does not go with " + fileOutcome);
        }
    }

    public long successfulCount() {
        long successful = 0;
        for (RecordResult r : results) {
            if (r.isSuccess()) {
                successful++;
            }
        }
        return successful;
    }

    public long failedCount() {
        return results.size() - successfulCount();
    }
}
