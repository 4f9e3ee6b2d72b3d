package org.cpis.sft.processing;

/**
 * The numbered codes of upload processing and the outbound jobs (docs/exchange/PROCESSING.md lists each with its
 * fix). They appear in log lines and in the notes of messages; a code never changes meaning.
 */
public enum ProcessingCode {
    /** The file names another LA (communicationFunctionSnd) than the mailbox that sent it. */
    SENDER_NOT_NAMED_LA("CPIS-E001", "upload refused: the file names another Local Authority than the mailbox that sent it"),
    /** The body is not a readable CP-IS upload at all. */
    NOT_AN_UPLOAD("CPIS-E002", "the message is not a readable CP-IS Local Authority Upload"),
    /** The stored, encrypted body could not be read back (missing, wrong key, checksum). */
    BODY_UNREADABLE("CPIS-E003", "the stored body of the message cannot be read"),
    /** Processing stopped for another reason (store or PDS stand-in failing unexpectedly); retried. */
    PROCESSING_FAILED("CPIS-E004", "processing the upload failed; it stays waiting and is tried again"),
    /** The sending mailbox is not registered, so there is nobody to answer. */
    SENDER_UNKNOWN("CPIS-E005", "the mailbox that sent the message is not registered: it cannot be answered"),
    /** An LA holds visible plans but has no registered mailbox: its Access to Service notification has nowhere to go. */
    ACCESS_TO_SERVICE_UNDELIVERABLE("CPIS-E006", "an Access to Service notification has no mailbox to go to"),
    /** An LA holding an inactive NHS number has no enabled mailbox. */
    INACTIVE_NUMBER_UNDELIVERABLE("CPIS-E007", "an Inactive NHS Number notification has no enabled mailbox to go to"),
    /** A message waited for its LA longer than the expiry time. */
    MESSAGE_EXPIRED("CPIS-E008", "a message was not collected by its Local Authority in time and expired");

    private final String code;
    private final String meaning;

    ProcessingCode(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** "CPIS-E001 upload refused: ...: {@code detail}", for a note or a log line. */
    public String describe(String detail) {
        return code + " " + meaning + (detail == null || detail.isBlank() ? "" : ": " + detail);
    }
}
