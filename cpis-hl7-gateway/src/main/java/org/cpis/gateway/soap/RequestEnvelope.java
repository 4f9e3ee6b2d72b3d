package org.cpis.gateway.soap;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.xml.namespace.QName;

/**
 * What CP-IS read of an NHS Query request's SOAP envelope before decoding the HL7 message: its WS-Addressing
 * headers, the {@code hl7:communicationFunctionRcv/Snd} header blocks, the element in the body and, read leniently
 * from the body, the HL7 message id and the sending and receiving ASIDs (so that even a message that breaks the
 * schema can be answered and logged). Every value is as sent, or {@code null} when absent.
 *
 * @param messageId      wsa:MessageID
 * @param action         wsa:Action
 * @param to             wsa:To
 * @param from           wsa:From/wsa:Address
 * @param replyTo        wsa:ReplyTo/wsa:Address
 * @param receiverAsid   hl7:communicationFunctionRcv/device/id/@extension in the SOAP header (the first)
 * @param senderAsid     hl7:communicationFunctionSnd/device/id/@extension in the SOAP header
 * @param bodyElement    the element in the SOAP body (the first, when there are several)
 * @param bodyElements   how many elements the SOAP body holds
 * @param hl7MessageId   the HL7 message's {@code id/@root}
 * @param hl7SenderAsid  the HL7 message's {@code communicationFunctionSnd/device/id/@extension}
 * @param hl7ReceiverAsid the HL7 message's first {@code communicationFunctionRcv/device/id/@extension}
 * @param sizeBytes      the size of the request body in bytes
 */
public record RequestEnvelope(String messageId, String action, String to, String from, String replyTo,
                              String receiverAsid, String senderAsid, QName bodyElement, int bodyElements,
                              String hl7MessageId, String hl7SenderAsid, String hl7ReceiverAsid, long sizeBytes) {

    /** The sending system's ASID as the request states it: the SOAP header's, else the HL7 message's. */
    public String originAsid() {
        return senderAsid != null ? senderAsid : hl7SenderAsid;
    }

    /** The ASID the request is addressed to: the SOAP header's, else the HL7 message's. */
    public String destinationAsid() {
        return receiverAsid != null ? receiverAsid : hl7ReceiverAsid;
    }

    /** The interaction carried, for logs: the body element's local name, or {@code null}. */
    public String interaction() {
        return bodyElement == null ? null : bodyElement.getLocalPart();
    }

    /**
     * The id of the message being answered, for an acknowledgement's {@code messageRef}: the HL7 message id, else
     * the UUID of wsa:MessageID; empty when neither is a UUID.
     */
    public Optional<UUID> acknowledgedMessageId() {
        Optional<UUID> hl7 = uuid(hl7MessageId);
        return hl7.isPresent() ? hl7 : uuid(messageId == null ? null
                : messageId.toLowerCase(Locale.ROOT).startsWith(QueryServiceNames.MESSAGE_ID_PREFIX)
                ? messageId.substring(QueryServiceNames.MESSAGE_ID_PREFIX.length()) : messageId);
    }

    private static Optional<UUID> uuid(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
