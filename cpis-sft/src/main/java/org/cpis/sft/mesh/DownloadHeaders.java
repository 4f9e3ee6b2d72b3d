package org.cpis.sft.mesh;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cpis.core.exchange.ExchangeMessage;

/**
 * The {@code mex-*} headers of a download or HEAD (MESH-AND-SFT.md 2.5): who sent it to whom on which workflow, its
 * ids, name and subject, the chunk being sent, and the status set of a message delivered to the inbox ({@code 00},
 * {@code TRANSFER}, "Transferred to recipient mailbox", {@code SUCCESS}). Every message CP-IS delivers is a
 * {@code DATA} message, stored uncompressed; empty values are left out, as MESH does.
 */
final class DownloadHeaders {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private DownloadHeaders() {
    }

    static Map<String, String> of(ExchangeMessage m, int chunk, int totalChunks) {
        Map<String, String> headers = new LinkedHashMap<>();
        put(headers, "mex-From", m.sender().value());
        put(headers, "mex-To", m.recipient().value());
        put(headers, "mex-WorkflowID", m.workflowId());
        put(headers, "mex-Chunk-Range", chunk + ":" + totalChunks);
        put(headers, "mex-Total-Chunks", Integer.toString(totalChunks));
        put(headers, "mex-AddressType", "ALL");
        put(headers, "mex-LocalID", m.localId());
        put(headers, "mex-FileName", MeshBodies.fileName(m));
        put(headers, "mex-Subject", m.subject());
        put(headers, "mex-Version", "1.0");
        put(headers, "mex-MessageType", "DATA");
        put(headers, "mex-MessageID", m.messageId());
        put(headers, "mex-LinkedMsgID", m.linkedId());
        put(headers, "mex-StatusCode", "00");
        put(headers, "mex-StatusEvent", "TRANSFER");
        put(headers, "mex-StatusDescription", "Transferred to recipient mailbox");
        put(headers, "mex-StatusSuccess", "SUCCESS");
        put(headers, "mex-StatusTimestamp", MeshBodies.MESH_TIME.format(m.createdAt()));
        put(headers, "ETag", m.checksum() == null ? null : "\"" + m.checksum() + "\"");
        put(headers, "Last-Modified", HTTP_DATE.format(m.stateAt()));
        return headers;
    }

    private static void put(Map<String, String> headers, String name, String value) {
        if (value != null && !value.isBlank()) {
            headers.put(name, value);
        }
    }
}
