package org.cpis.core.upload;

import java.util.Objects;

/**
 * What processing a file gave: its acknowledgement, and whether it was a repeat of a file already applied
 * (then the acknowledgement is the original one and nothing changed).
 */
public record UploadResult(UploadAcknowledgement acknowledgement, boolean repeat) {

    public UploadResult {
        Objects.requireNonNull(acknowledgement, "acknowledgement");
    }
}
