package org.cpis.gateway.codec;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The TMS transmission wrapper of a Spine message (MCCI_MT010101UK12 / MCCI_MT020101UK12): its id, when it
 * was created, the HL7 version, the interaction, processing codes, and the receiving and sending systems'
 * ASIDs.
 */
public record TransmissionHeader(UUID messageId, Instant creationTime, String versionCode, String interactionId,
                                 String processingCode, String processingModeCode, String acceptAckCode,
                                 List<String> receiverAsids, String senderAsid) {

    /** The versionCode CP-IS sends (see docs/WIRE-FORMAT.md: the DMS value was not retrievable). */
    public static final String VERSION_CODE = "V3NPfIT3.0";

    public TransmissionHeader {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(creationTime, "creationTime");
        Objects.requireNonNull(interactionId, "interactionId");
        receiverAsids = List.copyOf(receiverAsids);
        if (receiverAsids.isEmpty()) {
            throw new IllegalArgumentException("a message has at least one receiver");
        }
        Objects.requireNonNull(senderAsid, "senderAsid");
    }

    /** A live (P, T, NE) header for a new message. */
    public static TransmissionHeader live(UUID messageId, Instant creationTime, String interactionId,
                                          List<String> receiverAsids, String senderAsid) {
        return new TransmissionHeader(messageId, creationTime, VERSION_CODE, interactionId, "P", "T", "NE",
                receiverAsids, senderAsid);
    }
}
