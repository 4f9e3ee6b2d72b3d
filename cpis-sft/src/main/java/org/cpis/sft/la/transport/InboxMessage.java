package org.cpis.sft.la.transport;

import java.util.Objects;

/**
 * A message waiting in the LA's inbox, as listed (before its body is downloaded).
 *
 * @param messageId    the transport's id of the message (the MESH message id)
 * @param workflowId   its MESH workflow id, or {@code null} when the transport does not say
 * @param localId      the sender's reference, or {@code null}
 * @param subject      the MESH subject, or {@code null}
 * @param report       whether it is a transport report about a message the LA sent (no body), not a CP-IS message
 * @param reportStatus for a report: its status code and description (e.g. "14 Message not collected"), else
 *                     {@code null}
 */
public record InboxMessage(String messageId, String workflowId, String localId, String subject, boolean report,
                           String reportStatus) {

    public InboxMessage {
        Objects.requireNonNull(messageId, "messageId");
    }
}
