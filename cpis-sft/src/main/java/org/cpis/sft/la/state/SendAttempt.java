package org.cpis.sft.la.state;

import java.time.Instant;

/**
 * One sending of an upload file.
 *
 * @param trackingId what the transport calls the message (the MESH message id, or the folder transport's local id)
 */
public record SendAttempt(Instant at, String trackingId) {
}
