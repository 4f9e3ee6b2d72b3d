package org.cpis.sft.exchange;

/**
 * Why the post office would not take a message, with the MESH status code a door reports for it (MESH-AND-SFT.md
 * §2.11) and the HTTP status the HTTP door answers with.
 */
public enum ExchangeRefusal {
    /** The sending mailbox is not registered. */
    UNKNOWN_SENDER("12", 403, "the sending mailbox is not registered with CP-IS"),
    /** The sending mailbox is disabled (CP-SC014). */
    SENDER_DISABLED("14", 403, "the sending mailbox is disabled; ask the CP-IS service desk to enable it"),
    /** A Local Authority may send only to the CP-IS mailbox. */
    UNREGISTERED_RECIPIENT("12", 417, "a Local Authority can send only to the CP-IS mailbox"),
    /** The workflow id is not the CP-IS upload workflow. */
    WORKFLOW_NOT_REGISTERED("17", 417, "the workflow id is not registered for this mailbox; CP-IS uploads use the"
            + " upload workflow id"),
    /** An empty body. */
    MISSING_DATA("02", 417, "the message has no data"),
    /** Larger than the service takes. */
    TOO_LARGE("06", 413, "the message is larger than CP-IS takes");

    private final String meshCode;
    private final int httpStatus;
    private final String description;

    ExchangeRefusal(String meshCode, int httpStatus, String description) {
        this.meshCode = meshCode;
        this.httpStatus = httpStatus;
        this.description = description;
    }

    public String meshCode() {
        return meshCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String description() {
        return description;
    }
}
