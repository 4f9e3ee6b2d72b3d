package org.cpis.core.port;

import java.time.Instant;
import java.util.Objects;
import org.cpis.core.model.OdsCode;
import org.cpis.core.upload.UploadAcknowledgement;

/** One applied upload file and the acknowledgement it was given. */
public record LedgerEntry(OdsCode localAuthority, String sequenceId, String contentHash, Instant processedAt,
                          UploadAcknowledgement acknowledgement) {

    public LedgerEntry {
        Objects.requireNonNull(localAuthority, "localAuthority");
        Objects.requireNonNull(sequenceId, "sequenceId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(processedAt, "processedAt");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
    }
}
