package org.cpis.gateway.codec.upload;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** Test helper: every record of an upload, decoded. */
final class DecodedRecords {

    private DecodedRecords() {
    }

    static List<DecodedRecord> all(UploadDecoder decoder, byte[] wire) {
        List<DecodedRecord> records = new ArrayList<>();
        try (UploadReader reader = decoder.open(new ByteArrayInputStream(wire))) {
            reader.forEach(records::add);
        }
        return records;
    }
}
