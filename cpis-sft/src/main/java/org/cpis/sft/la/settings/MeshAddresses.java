package org.cpis.sft.la.settings;

import java.util.Objects;

/**
 * Who the LA's uploads go from and to on MESH, and the workflow ids that tell CP-IS messages apart in a mailbox
 * shared with other applications. The national CP-IS workflow ids are not published: the defaults are this
 * project's (docs/WIRE-FORMAT.md) and each can be set.
 *
 * @param ownMailbox         the LA's MESH mailbox id ({@code From_DTS})
 * @param cpisMailbox        CP-IS's mailbox id ({@code To_DTS})
 * @param uploadWorkflowId   the workflow id of an LA Upload
 * @param ackWorkflowId      the workflow id of the Acknowledgement Response
 * @param accessWorkflowId   the workflow id of the Access to Service Notification
 * @param inactiveWorkflowId the workflow id of the Inactive NHS Number Notification
 */
public record MeshAddresses(String ownMailbox, String cpisMailbox, String uploadWorkflowId, String ackWorkflowId,
                            String accessWorkflowId, String inactiveWorkflowId) {

    public MeshAddresses {
        Objects.requireNonNull(ownMailbox, "ownMailbox");
        Objects.requireNonNull(cpisMailbox, "cpisMailbox");
        Objects.requireNonNull(uploadWorkflowId, "uploadWorkflowId");
        Objects.requireNonNull(ackWorkflowId, "ackWorkflowId");
        Objects.requireNonNull(accessWorkflowId, "accessWorkflowId");
        Objects.requireNonNull(inactiveWorkflowId, "inactiveWorkflowId");
    }
}
