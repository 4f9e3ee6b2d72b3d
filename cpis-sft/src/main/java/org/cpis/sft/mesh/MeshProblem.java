package org.cpis.sft.mesh;

import org.cpis.sft.exchange.ExchangeRefusal;

/**
 * Every error the MESH door answers with: our stable code (CPIS-M...), the HTTP status, and the MESH error event,
 * error code and description MESH clients know (MESH-AND-SFT.md sections 2.2, 2.5, 2.8 and 2.11). A {@code null}
 * event or code means MESH defines none for that case and the body carries the description only. The fix for each
 * is listed in docs/exchange/MESH-DOOR.md.
 */
public enum MeshProblem {
    AUTHORIZATION_UNREADABLE("CPIS-M001", 403, null, null, "Error reading from Authorization header"),
    MAILBOX_TOKEN_MISMATCH("CPIS-M002", 403, null, null, "Mailbox id does not match token"),
    NO_MAILBOX_MATCHED("CPIS-M003", 403, null, null, "No mailbox matched"),
    INACTIVE_MAILBOX("CPIS-M004", 403, null, null, "Request Received from Inactive Mailbox"),
    INVALID_TOKEN("CPIS-M005", 403, null, null, "Invalid Authentication Token"),
    STALE_TOKEN("CPIS-M006", 403, null, null, "Invalid Authentication Token"),
    DUPLICATED_TOKEN("CPIS-M007", 403, null, null, "Error Duplicated Authentication Token"),
    CERTIFICATE_NOT_REGISTERED("CPIS-M008", 403, null, null, "Client certificate not registered for mailbox"),
    BAD_ACCEPT("CPIS-M009", 400, null, null, "Invalid Accept header"),
    MALFORMED_HEADER("CPIS-M010", 400, "TRANSFER", "06", "Malformed control file"),
    HEADER_TOO_LONG("CPIS-M011", 400, "TRANSFER", "06", "Malformed control file"),
    MISSING_TO("CPIS-M012", 400, "SEND", "08", "TO_DTS missing"),
    INVALID_FROM("CPIS-M013", 417, "SEND", "07", "Invalid From Address in the control file"),
    UNREGISTERED_RECIPIENT("CPIS-M014", 417, "SEND", "12", "Unregistered to address"),
    WORKFLOW_NOT_REGISTERED("CPIS-M015", 417, "SEND", "17", "Workflow ID not registered for mailbox"),
    MISSING_DATA("CPIS-M016", 417, "COLLECT", "02", "Data file is missing or inaccessible."),
    TOO_LARGE("CPIS-M017", 413, "SEND", "06", "Message too large"),
    UNSUPPORTED_CONTENT_ENCODING("CPIS-M018", 422, "SEND", "UnsupportedContentEncoding",
            "Unsupported content encoding"),
    UNREADABLE_GZIP("CPIS-M019", 417, "COLLECT", "02", "Data file is missing or inaccessible."),
    INVALID_CHUNK_RANGE("CPIS-M020", 417, "SEND", "InvalidHeaderChunks",
            "Invalid chunk values sent in mex-Chunk-Range header"),
    NOT_UPLOADING("CPIS-M021", 423, "SEND", null, "Message is not being uploaded"),
    CHUNK_ABOVE_TOTAL("CPIS-M022", 406, "SEND", null, "Chunk number is above the message's total chunks"),
    CONTENT_ENCODING_CHANGED("CPIS-M023", 417, "SEND", null, "cannot change content encoding"),
    MESSAGE_NOT_FOUND("CPIS-M024", 404, "RECEIVE", "20", "Message does not exist"),
    MESSAGE_GONE("CPIS-M025", 410, "RECEIVE", null, "Message no longer available for download"),
    BAD_REQUEST("CPIS-M026", 400, null, null, "Bad request"),
    CHUNK_ALREADY_DIFFERENT("CPIS-M027", 417, "SEND", "InvalidHeaderChunks",
            "Invalid chunk values sent in mex-Chunk-Range header"),
    NO_SUCH_CALL("CPIS-M028", 404, null, null, "No such MESH API call"),
    INTERNAL_ERROR("CPIS-M029", 500, null, null, "An internal error occurred. Please contact support."),
    SENDER_UNKNOWN("CPIS-M030", 403, "SEND", "12", "Unregistered sending mailbox"),
    SENDER_DISABLED("CPIS-M031", 403, "SEND", "14", "Request Received from Inactive Mailbox");

    private final String code;
    private final int httpStatus;
    private final String meshEvent;
    private final String meshCode;
    private final String meshDescription;

    MeshProblem(String code, int httpStatus, String meshEvent, String meshCode, String meshDescription) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.meshEvent = meshEvent;
        this.meshCode = meshCode;
        this.meshDescription = meshDescription;
    }

    /** The problem a post-office refusal is answered with; its HTTP status and MESH code are the refusal's own. */
    public static MeshProblem of(ExchangeRefusal refusal) {
        return switch (refusal) {
            case UNKNOWN_SENDER -> SENDER_UNKNOWN;
            case SENDER_DISABLED -> SENDER_DISABLED;
            case UNREGISTERED_RECIPIENT -> UNREGISTERED_RECIPIENT;
            case WORKFLOW_NOT_REGISTERED -> WORKFLOW_NOT_REGISTERED;
            case MISSING_DATA -> MISSING_DATA;
            case TOO_LARGE -> TOO_LARGE;
        };
    }

    /** Our stable code, e.g. {@code CPIS-M005}. */
    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** MESH's error event ({@code SEND}, {@code TRANSFER}, ...), or {@code null}. */
    public String meshEvent() {
        return meshEvent;
    }

    /** MESH's error code ({@code 08}, {@code 17}, {@code InvalidHeaderChunks}, ...), or {@code null}. */
    public String meshCode() {
        return meshCode;
    }

    /** MESH's own wording of the error. */
    public String meshDescription() {
        return meshDescription;
    }
}
