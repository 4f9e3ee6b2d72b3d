package org.cpis.core.upload;

import java.time.Instant;
import java.util.Objects;

/**
 * A Local Authority Upload file (REPC_MT000002GB01) as decoded. The records are an {@link Iterable} so
 * that a large file can be streamed through the use case a batch at a time.
 *
 * @param sequenceId          the file's sequence number (File/id/@extension)
 * @param declaredRecordCount transmissionQuantity as sent
 * @param contentHash         a digest of the file's bytes, so a repeat of the same file is told from a new
 *                            file that reuses a sequence id
 */
public record UploadFile(String sequenceId, Instant createdAt, int declaredRecordCount, UploadedLocalAuthority sender,
                         Iterable<UploadRecord> records, String contentHash) {

    public UploadFile {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
