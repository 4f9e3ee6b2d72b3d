package org.cpis.core.upload;

/**
 * Our own numbered codes for why a whole file got a file-level outcome other than the one its record
 * outcomes give. Stable; see docs/CODES.md.
 */
public enum FileProblem {
    UNREADABLE("CPFD01", FileOutcome.CPF01, "File is not readable as a CP-IS Local Authority Upload"),
    RECORD_COUNT_MISMATCH("CPFD02", FileOutcome.CPF01, "transmissionQuantity does not equal the number of records in the file"),
    NO_RECORDS("CPFD03", FileOutcome.CPF01, "File carries no record"),
    SEQUENCE_ID_REUSED("CPFD04", FileOutcome.CPF01, "File sequence id was already used by this Local Authority for a different file"),
    SEQUENCE_ID_MISSING("CPFD05", FileOutcome.CPF01, "File sequence id is missing"),
    DEMOGRAPHICS_UNAVAILABLE("CPFD06", FileOutcome.CPF05, "PDS (demographics) unavailable: nothing was stored, resend the whole file"),
    CLIENT_NOT_SUPPORTED("CPFD07", FileOutcome.CPF06, "This version of the CP-IS client is no longer supported"),
    SENDER_NOT_NAMED_LA("CPFD08", FileOutcome.CPF01, "File names another Local Authority than the one whose mailbox sent it: nothing was stored");

    private final String code;
    private final FileOutcome outcome;
    private final String message;

    FileProblem(String code, FileOutcome outcome, String message) {
        this.code = code;
        this.outcome = outcome;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public FileOutcome outcome() {
        return outcome;
    }

    public String message() {
        return message;
    }
}
