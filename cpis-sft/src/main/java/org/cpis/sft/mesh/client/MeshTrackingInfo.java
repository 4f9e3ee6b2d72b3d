package org.cpis.sft.mesh.client;

/**
 * Where a message sent from the mailbox has got to, as MESH tracking (version 2) tells it.
 *
 * @param status            {@code uploading}, {@code accepted}, {@code acknowledged} or {@code error}
 * @param statusSuccess     false when delivery failed
 * @param statusCode        MESH's status code ({@code 00} success), or {@code null}
 * @param uploadTimestamp   when the server took it (ISO 8601)
 * @param statusTimestamp   when it entered its status (ISO 8601), or {@code null}
 */
public record MeshTrackingInfo(String messageId, String localId, String workflowId, String fileName,
                               String recipient, String status, boolean statusSuccess, String statusEvent,
                               String statusCode, String statusDescription, String uploadTimestamp,
                               String statusTimestamp) {
}
