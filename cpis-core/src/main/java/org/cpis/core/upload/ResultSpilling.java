package org.cpis.core.upload;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@link UploadService} keeps a large file's record results and audit events out of memory: up to
 * {@code inMemoryLimit} of each stay in memory; beyond that they all move to a temporary file in {@code directory}
 * (created readable by the service's own user only), so that a file of any size is processed in bounded memory.
 * A results file lives as long as the acknowledgement that reads it and is deleted when that acknowledgement is
 * garbage; an audit events file is deleted as soon as its events are appended. The files hold personal data
 * (the records as sent): put {@code directory} where the service's data folder is, and empty it when the service
 * starts ({@link #purge}) so that a crash leaves nothing behind for long.
 */
public record ResultSpilling(Path directory, int inMemoryLimit) {

    /** Keep up to 5,000 results (about 2.5 MB) in memory; spill to the JVM's temporary folder beyond. */
    public static final ResultSpilling DEFAULTS = new ResultSpilling(Path.of(System.getProperty("java.io.tmpdir")),
            5_000);

    /** The prefix of every spill file this class creates. */
    static final String FILE_PREFIX = "cpis-upload-spill-";

    public ResultSpilling {
        Objects.requireNonNull(directory, "directory");
        if (inMemoryLimit < 0) {
            throw new IllegalArgumentException("the in-memory limit is not negative");
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
