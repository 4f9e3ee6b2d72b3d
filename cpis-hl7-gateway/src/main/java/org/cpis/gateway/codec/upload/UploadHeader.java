package org.cpis.gateway.codec.upload;

import java.time.Instant;
import java.util.Objects;
import org.cpis.core.upload.UploadedLocalAuthority;

/**
 * The header of an LA Upload file, read before its records: the file's sequence id ({@code File/id/@extension}),
 * when the LA created it, how many records it declares ({@code transmissionQuantity}) and the sending LA
 * ({@code communicationFunctionSnd/organisation}).
 */
public record UploadHeader(String sequenceId, Instant createdAt, int declaredRecordCount,
                           UploadedLocalAuthority sender) {

    public UploadHeader {
        Objects.requireNonNull(sequenceId, "sequenceId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sender, "sender");
    }
}
