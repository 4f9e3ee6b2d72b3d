package org.cpis.core.upload;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * How {@link UploadService} keeps a large file's record results and audit events out of memory: up to
 * {@code inMemoryLimit} of each stay in memory; beyond that they all move to a temporary file in {@code directory}
 * (created readable by the service's own user only), so that a file of any size is processed in bounded memory.
 * A results file lives as long as the acknowledgement that reads it and is deleted when that acknowledgement is
 * garbage; an audit events file is deleted as soon as its events are appended. The files hold personal data
 * (the records as sent): put {@code directory} where the service's data folder is, and empty it when the service
 * starts ({@link #purge}) so that a crash leaves nothing behind for long. A store that reads an acknowledgement back
 * (the file ledger, for a repeated file) keeps its results the same way with {@link #collect}.
 */
public record ResultSpilling(Path directory, int inMemoryLimit) {

    /** Keep up to 5,000 results (about 2.5 MB) in memory; spill to the JVM's temporary folder beyond. */
    public static final ResultSpilling DEFAULTS = new ResultSpilling(Path.of(System.getProperty("java.io.tmpdir")),
            5_000);

    /** The prefix of every spill file this class creates. */
    static final String FILE_PREFIX = "cpis-upload-spill-";

    private static final SpillCodec<RecordResult> RESULTS = new RecordResultSpillCodec();

    public ResultSpilling {
        Objects.requireNonNull(directory, "directory");
        if (inMemoryLimit < 0) {
            throw new IllegalArgumentException("the in-memory limit is not negative");
        }
    }

    /**
     * The record results {@code results} gives, in order, as a list for an {@link UploadAcknowledgement}: in memory
     * while there are at most {@link #inMemoryLimit} of them, else read from a spill file in {@link #directory} as
     * the list is iterated, and deleted when the list is garbage. Only {@link #inMemoryLimit} results are held at
     * any time, so a store can read a large file's acknowledgement back in bounded memory. If {@code results}
     * fails, the spill file is deleted and the failure passes on.
     */
    public List<RecordResult> collect(Iterator<RecordResult> results) {
        Objects.requireNonNull(results, "results");
        try (SpillingBuffer<RecordResult> buffer = new SpillingBuffer<>(this, RESULTS, "results")) {
            while (results.hasNext()) {
                buffer.add(results.next());
            }
            return buffer.finish();
        }
    }

    /**
     * Deletes every spill file left in {@code directory} by an earlier run of the service (a crash mid-upload);
     * call it once at start-up, before any upload is processed. Returns how many were deleted.
     */
    public int purge() {
        return SpillingBuffer.purge(directory, FILE_PREFIX);
    }
}
