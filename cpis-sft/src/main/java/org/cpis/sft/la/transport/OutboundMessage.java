package org.cpis.sft.la.transport;

import java.util.Objects;

/**
 * One file the LA sends to CP-IS, with what MESH needs to route it.
 *
 * @param localId    the upload file's name, e.g. {@code CPIS_X09_00000012}: the folder transport names the pair in
 *                   {@code OUT/} by it and writes it as the control file's {@code LocalId}; never personal data
 * @param sequenceId the upload file's sequence id (CP-SC016): the MESH API transport sends it as
 *                   {@code mex-LocalID}, the reference CP-IS's acknowledgement carries back
 * @param fileName   the file's name ({@code mex-FileName}), e.g. {@code CPIS_X09_00000012.xml}
 * @param workflowId the MESH workflow id of an LA Upload
 * @param from       the LA's mailbox id
 * @param to         CP-IS's mailbox id
 * @param subject    the MESH subject
 * @param body       the upload file's bytes
 */
public record OutboundMessage(String localId, String sequenceId, String fileName, String workflowId, String from,
                              String to, String subject, byte[] body) {

    public OutboundMessage {
        Objects.requireNonNull(localId, "localId");
        Objects.requireNonNull(sequenceId, "sequenceId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(workflowId, "workflowId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(body, "body");
    }
}
