package org.cpis.sft.mesh;

import org.cpis.core.exchange.ExchangeMessage;

/**
 * How a message's state reads in MESH tracking: MESH's status word ({@code uploading}, {@code accepted}, {@code
 * acknowledged}, {@code error}), the status event, code and description, and whether it succeeded. An upload CP-IS
 * has taken and answered reads {@code acknowledged}; one CP-IS refused reads {@code error} with MESH code 15 ("Bad
 * CP-IS File"): the Local Authority's acknowledgement file says why.
 */
record TrackingStatus(String meshStatus, String event, String code, String description, boolean success,
                      boolean collected) {

    private static final String TRANSFERRED = "Transferred to recipient mailbox";

    static TrackingStatus of(ExchangeMessage message) {
        return switch (message.state()) {
            case UPLOADING -> new TrackingStatus("uploading", null, null, "Chunks outstanding", true, false);
            case RECEIVED, PROCESSING, READY -> new TrackingStatus("accepted", "TRANSFER", "00", TRANSFERRED, true,
                    false);
            case PROCESSED, ACKNOWLEDGED -> new TrackingStatus("acknowledged", "TRANSFER", "00",
                    "Collected and acknowledged by the recipient", true, true);
            case REJECTED -> new TrackingStatus("error", "SEND", "15",
                    "Bad 'Child Protection - Information Sharing' (CP-IS) File", false, false);
            case EXPIRED -> new TrackingStatus("error", "SEND", "14", "Message not collected by recipient", false,
                    false);
        };
    }
}
