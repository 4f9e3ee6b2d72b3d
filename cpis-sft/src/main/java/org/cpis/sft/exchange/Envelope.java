package org.cpis.sft.exchange;

import org.cpis.core.exchange.MailboxId;

/**
 * What a door read about an incoming message besides its body: MESH's {@code mex-*} headers or the control file's
 * elements.
 *
 * @param sender     the authenticated sending mailbox (HTTP: the token's mailbox; folder: the folder's mailbox)
 * @param recipient  {@code mex-To} / {@code To_DTS}
 * @param workflowId {@code mex-WorkflowID} / {@code WorkflowId}
 * @param localId    {@code mex-LocalID} / {@code LocalId}, or null
 * @param subject    {@code mex-Subject} / {@code Subject}, or null
 * @param fileName   {@code mex-FileName} / the data file's name, or null
 */
public record Envelope(MailboxId sender, MailboxId recipient, String workflowId, String localId, String subject,
                       String fileName) {
}
