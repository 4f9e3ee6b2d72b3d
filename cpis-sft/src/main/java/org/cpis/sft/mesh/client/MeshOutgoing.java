package org.cpis.sft.mesh.client;

import java.util.Objects;

/**
 * What a message carries besides its body when it is sent: its recipient and workflow, and the optional
 * {@code mex-Subject}, {@code mex-LocalID} (the sender's own reference; never personal data) and
 * {@code mex-FileName}.
 */
public record MeshOutgoing(String to, String workflowId, String subject, String localId, String fileName) {

    public MeshOutgoing {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(workflowId, "workflowId");
    }

    public static MeshOutgoing to(String recipient, String workflowId) {
        return new MeshOutgoing(recipient, workflowId, null, null, null);
    }

    public MeshOutgoing withSubject(String text) {
        return new MeshOutgoing(to, workflowId, text, localId, fileName);
    }

    public MeshOutgoing withLocalId(String id) {
        return new MeshOutgoing(to, workflowId, subject, id, fileName);
    }

    public MeshOutgoing withFileName(String name) {
        return new MeshOutgoing(to, workflowId, subject, localId, name);
    }
}
