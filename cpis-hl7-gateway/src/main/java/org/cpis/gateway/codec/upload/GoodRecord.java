package org.cpis.gateway.codec.upload;

import java.util.Objects;
import org.cpis.core.upload.UploadRecord;

/** A record that follows the schema and the decode-level rules: the core's own checks come next. */
public record GoodRecord(UploadRecord record) implements DecodedRecord {

    public GoodRecord {
        Objects.requireNonNull(record, "record");
    }

    @Override
    public int position() {
        return record.position();
    }
}
