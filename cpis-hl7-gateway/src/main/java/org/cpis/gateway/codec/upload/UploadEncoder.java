package org.cpis.gateway.codec.upload;

import java.util.Objects;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.core.upload.UploadFile;
import org.cpis.core.upload.UploadRecord;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.InternalWriter;
import org.cpis.gateway.codec.Stylesheets;
import org.cpis.gateway.codec.Transforms;

/**
 * Encodes an LA Upload file (REPC_MT000002GB01, root {@code File}) for the LA-side client: the header from the
 * {@link UploadFile} (transmissionQuantity = its declared record count, as given) and its records in order,
 * through the {@code la-upload-encode} stylesheet. The whole file is built in memory. A record or LA detail
 * that cannot be written whole is an {@link IllegalArgumentException} naming it: the client checks its data
 * first. Thread-safe.
 */
public final class UploadEncoder {

    private final XsltExecutable stylesheet = Stylesheets.get("la-upload-encode");

    public byte[] encode(UploadFile file) {
        Objects.requireNonNull(file.sequenceId(), "sequenceId");
        Objects.requireNonNull(file.createdAt(), "createdAt");
        if (file.sequenceId().isBlank()) {
            throw new IllegalArgumentException("an upload file has a sequence id");
        }
        InternalWriter w = new InternalWriter("upload");
        w.leaf("creationTime", Hl7Time.format(file.createdAt()))
                .leaf("sequenceId", file.sequenceId().strip())
                .leaf("declaredRecordCount", file.declaredRecordCount());
        LocalAuthorityMapping.writeStrict(w, file.sender());
        for (UploadRecord r : file.records()) {
            w.start("record");
            RecordWriting.writeStrict(w, r, file.sender());
            w.end();
        }
        return Transforms.toBytes(stylesheet, w.build());
    }
}
