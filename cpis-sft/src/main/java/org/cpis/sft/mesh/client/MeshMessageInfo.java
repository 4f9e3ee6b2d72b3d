package org.cpis.sft.mesh.client;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the {@code mex-*} headers of a download or HEAD say about a message (header names case-insensitive).
 *
 * @param headers every {@code mex-*} header of the answer, keyed case-insensitively
 * @param chunks  how many chunks the download has ({@code mex-Chunk-Range}'s total; 1 when absent)
 */
public record MeshMessageInfo(Map<String, String> headers, int chunks) {

    public MeshMessageInfo {
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    public String header(String name) {
        return headers.get(name);
    }

    public String messageId() {
        return header("mex-MessageID");
    }

    public String from() {
        return header("mex-From");
    }

    public String to() {
        return header("mex-To");
    }

    public String workflowId() {
        return header("mex-WorkflowID");
    }

    public String localId() {
        return header("mex-LocalID");
    }

    public String subject() {
        return header("mex-Subject");
    }

    public String fileName() {
        return header("mex-FileName");
    }

    /** {@code DATA}, or {@code REPORT} for MESH's error reports (which have no body). */
    public String messageType() {
        return header("mex-MessageType");
    }

    public String statusCode() {
        return header("mex-StatusCode");
    }

    public String linkedMessageId() {
        return header("mex-LinkedMsgID");
    }
}
