package org.cpis.sft.processing;

import java.util.Objects;
import org.cpis.core.upload.FileOutcome;

/**
 * What one attempt at one inbound message came to.
 *
 * @param messageId   the inbound message
 * @param status      what happened
 * @param sequenceId  the file's sequence id as acknowledged ("-1" when unknown), or null when not answered
 * @param fileOutcome the acknowledgement's file outcome, or null when not answered
 * @param repeat      the file was applied before (by this message before a crash, or by another message): the
 *                    acknowledgement is the original one and nothing changed now
 * @param replyId     the acknowledgement message's id, or null when none was added by this attempt
 * @param note        why, when it needs saying (a CPIS-E code and detail), or null
 */
public record ProcessingOutcome(String messageId, Status status, String sequenceId, FileOutcome fileOutcome,
                                boolean repeat, String replyId, String note) {

    public enum Status {
        /** Answered; the message is PROCESSED. */
        PROCESSED,
        /** Refused before any record was read (not an upload, wrong sender), answered CPF01; REJECTED. */
        REJECTED,
        /** Processed again after a crash, but its acknowledgement was already in the mailbox: that one stands. */
        ANSWERED_BEFORE,
        /** Another processor holds the message's work lock. */
        BUSY,
        /** The message is not waiting for processing (done already, or gone). */
        NOT_WAITING,
        /** Processing failed (CPIS-E003, E004): the message stays waiting and is tried again on the next run. */
        FAILED
    }

    public ProcessingOutcome {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(status, "status");
    }

    static ProcessingOutcome skipped(String messageId, Status status) {
        return new ProcessingOutcome(messageId, status, null, null, false, null, null);
    }

    static ProcessingOutcome failed(String messageId, String note) {
        return new ProcessingOutcome(messageId, Status.FAILED, null, null, false, null, note);
    }
}
