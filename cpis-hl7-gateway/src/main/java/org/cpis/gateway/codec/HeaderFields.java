package org.cpis.gateway.codec;

import java.util.List;

/**
 * The transmission wrapper's header as read, before any rule: each value as the wire carries it, {@code null}
 * when absent or empty; the receivers' ASIDs as sent, one per {@code communicationFunctionRcv/device/id}. What
 * both ways of decoding give {@link HeaderMapping#readHeader(HeaderFields)}.
 */
public record HeaderFields(String messageId, String creationTime, String versionCode, String interactionId,
                           String processingCode, String processingModeCode, String acceptAckCode,
                           List<String> receivers, String sender) {

    public HeaderFields {
        receivers = List.copyOf(receivers);
    }

    /** The fields of the {@code header} element of a decoding stylesheet's internal XML. */
    public static HeaderFields of(InternalReader h) {
        return new HeaderFields(h.text("messageId"), h.text("creationTime"), h.text("versionCode"),
                h.text("interactionId"), h.text("processingCode"), h.text("processingModeCode"),
                h.text("acceptAckCode"), h.texts("receiver"), h.text("sender"));
    }
}
