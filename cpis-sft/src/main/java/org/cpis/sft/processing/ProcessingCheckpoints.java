package org.cpis.sft.processing;

/**
 * Named points of upload processing where a crash leaves different traces behind. Production passes
 * {@link #NONE}; the crash tests stop the processor at each point (by throwing) and prove that a restart ends with
 * the file applied once and answered once (docs/exchange/PROCESSING.md).
 */
@FunctionalInterface
public interface ProcessingCheckpoints {

    /** Does nothing: production. */
    ProcessingCheckpoints NONE = (point, messageId) -> {
    };

    /** Called when processing of {@code messageId} reaches {@code point}. */
    void reached(Point point, String messageId);

    /** The points, in the order processing reaches them. */
    enum Point {
        /** The message is PROCESSING under its work lock; its body has not been read yet. */
        BEFORE_DECODE,
        /** The upload's transaction committed (records, file ledger, audit) or the file was refused without one. */
        AFTER_UPLOAD_COMMITTED,
        /** The acknowledgement's body is stored, but no message refers to it yet. */
        AFTER_ACKNOWLEDGEMENT_WRITTEN,
        /** The acknowledgement is in the LA's mailbox and the inbound message is PROCESSED (or REJECTED). */
        AFTER_COMPLETED
    }
}
