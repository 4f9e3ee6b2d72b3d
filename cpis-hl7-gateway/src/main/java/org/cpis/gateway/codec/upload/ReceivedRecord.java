package org.cpis.gateway.codec.upload;

import java.util.Objects;
import org.cpis.core.upload.RecordDetail;
import org.cpis.core.upload.RecordOutcome;

/**
 * What an acknowledgement says about one record of the upload.
 *
 * @param position  1-based position of the record in the upload (from the location XPath, or from the order of
 *                  the returned records)
 * @param detail    our detail code, when the acknowledgement carries one
 * @param nhsNumber the subject's NHS number as returned, {@code null} when the record was not returned
 * @param localId   the LA's local id as returned, or {@code null}
 */
public record ReceivedRecord(int position, RecordOutcome outcome, RecordDetail detail, String nhsNumber,
                             String localId) {

    public ReceivedRecord {
        Objects.requireNonNull(outcome, "outcome");
    }
}
