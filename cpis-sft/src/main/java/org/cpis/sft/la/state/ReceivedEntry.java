package org.cpis.sft.la.state;

import java.time.Instant;
import java.util.Objects;

/**
 * One message the client took from its inbox: kept in the state folder's {@code received/} so that it can be shown
 * again, and named here so that a message downloaded twice (a crash before the transport's acknowledge) is applied
 * once.
 *
 * @param messageId  the transport's message id
 * @param kind       what it is
 * @param receivedAt when the client took it
 * @param storedAs   its file name under {@code received/}
 * @param summary    one line for lists, e.g. "acknowledgement of file 12: successful"
 */
public record ReceivedEntry(String messageId, MessageKind kind, Instant receivedAt, String storedAs, String summary) {

    /** The kinds of message an LA receives from CP-IS (CP-SC019), and what the client could not read. */
    public enum MessageKind { ACKNOWLEDGEMENT, ACCESS_TO_SERVICE, INACTIVE_NHS_NUMBER, TRANSPORT_REPORT, UNREADABLE }

    public ReceivedEntry {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
