package org.cpis.sft.la.state;

/**
 * The statuses of an upload file, in the words LA users know from their case-management systems
 * (LA-SIDE-BEHAVIOUR.md "File statuses an LA user sees").
 */
public enum FileStatus {
    /** Built and checked: valid, waiting to be sent. */
    CREATED("created"),
    /** Failed the local checks: never sent; the reasons are on the file. */
    VALIDATION_FAILURE("validation failure"),
    /** Sent; no acknowledgement yet. */
    SENT("sent"),
    /** Acknowledged with a file-level error (CPF01, or CPF06): CP-IS could not read the file; nothing was loaded. */
    FILE_LEVEL_ERROR("file-level error"),
    /** Acknowledged: every record loaded (CPF02). */
    SUCCESSFUL("successful"),
    /** Acknowledged: some records loaded, some refused (CPF03). */
    PARTIAL("partial"),
    /** Acknowledged: no record loaded (CPF04). */
    UNSUCCESSFUL("unsuccessful"),
    /** Acknowledged: PDS was unavailable (CPF05): nothing loaded, the whole file is sent again. */
    PDS_UNAVAILABLE("PDS unavailable");

    private final String label;

    FileStatus(String label) {
        this.label = label;
    }

    /** The status as users read it. */
    public String label() {
        return label;
    }

    /** Whether CP-IS has given its final answer about the file's records. */
    public boolean isFinal() {
        return this == SUCCESSFUL || this == PARTIAL || this == UNSUCCESSFUL;
    }
}
