package org.cpis.sft.mesh;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpis.core.exchange.ExchangeMessage;

/**
 * The JSON bodies of the MESH API in version 1 (camelCase) and version 2 (snake_case), as MESH-AND-SFT.md 2.9 and
 * the MESH sandbox give them. {@code null} means "no body" (version 2 answers several calls with an empty body).
 */
final class MeshBodies {

    /** MESH's compact time form, e.g. {@code 20260301100000}. */
    static final DateTimeFormatter MESH_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private MeshBodies() {
    }

    static Map<String, Object> handshake(MeshVersion version, String mailbox) {
        return version == MeshVersion.V1 ? body("mailboxId", mailbox) : null;
    }

    static Map<String, Object> inbox(MeshVersion version, List<String> ids, String selfLink, int approxCount) {
        Map<String, Object> body = body("messages", ids);
        if (version == MeshVersion.V2) {
            body.put("links", body("self", selfLink));
            body.put("approx_inbox_count", approxCount);
        }
        return body;
    }

    static Map<String, Object> count(MeshVersion version, int count, String internalId) {
        Map<String, Object> body = body("count", count);
        if (version == MeshVersion.V1) {
            body.put("internalID", internalId);
            body.put("allResultsIncluded", true);
        }
        return body;
    }

    static Map<String, Object> acknowledged(MeshVersion version, String messageId) {
        return version == MeshVersion.V1 ? body("messageId", messageId) : null;
    }

    static Map<String, Object> sent(MeshVersion version, String messageId) {
        return version == MeshVersion.V1 ? body("messageID", messageId) : body("message_id", messageId);
    }

    static Map<String, Object> chunkTaken(MeshVersion version, String messageId, int chunk) {
        if (version == MeshVersion.V2) {
            return null;
        }
        Map<String, Object> body = body("messageID", messageId);
        body.put("blockID", chunk);
        return body;
    }

    static Map<String, Object> error(MeshVersion version, MeshFailure failure, String internalId) {
        MeshProblem problem = failure.problem();
        if (version == MeshVersion.V1) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("messageID", failure.messageId());
            body.put("errorEvent", problem.meshEvent());
            body.put("errorCode", problem.meshCode());
            body.put("errorDescription", failure.description());
            return body;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("event", problem.meshEvent());
        detail.put("code", problem.meshCode());
        detail.put("msg", failure.description());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message_id", failure.messageId());
        body.put("internal_id", internalId);
        body.put("detail", List.of(detail));
        return body;
    }

    /**
     * Endpoint lookup: version 1 {@code {"query_id", "results": [{"endpoint_type", "description", "address"}]}},
     * version 2 {@code {"results": [{"mailbox_id", "mailbox_name"}]}}.
     */
    static Map<String, Object> lookup(MeshVersion version, String queryId, List<Map.Entry<String, String>> mailboxes) {
        if (version == MeshVersion.V1) {
            Map<String, Object> body = body("query_id", queryId);
            body.put("results", mailboxes.stream().map(m -> {
                Map<String, Object> result = body("endpoint_type", "MESH");
                result.put("description", m.getValue());
                result.put("address", m.getKey());
                return result;
            }).toList());
            return body;
        }
        return body("results", mailboxes.stream().map(m -> {
            Map<String, Object> result = body("mailbox_id", m.getKey());
            result.put("mailbox_name", m.getValue());
            return result;
        }).toList());
    }

    /** Tracking of a message the caller sent (v1 camelCase, v2 snake_case); see {@link TrackingStatus}. */
    static Map<String, Object> tracking(MeshVersion version, ExchangeMessage m, String senderName,
                                        String recipientName) {
        TrackingStatus status = TrackingStatus.of(m);
        Map<String, Object> body = new LinkedHashMap<>();
        if (version == MeshVersion.V1) {
            body.put("addressType", "ALL");
            body.put("checksum", m.checksum());
            body.put("chunkCount", m.chunkCount());
            body.put("dtsId", m.messageId());
            body.put("downloadTimestamp", status.collected() ? MESH_TIME.format(m.stateAt()) : null);
            body.put("failureDiagnostic", status.success() ? null : m.note());
            body.put("fileName", fileName(m));
            body.put("fileSize", m.sizeBytes());
            body.put("localId", m.localId());
            body.put("messageId", m.messageId());
            body.put("messageType", "Data");
            body.put("recipient", m.recipient().value());
            body.put("recipientName", recipientName);
            body.put("sender", m.sender().value());
            body.put("senderName", senderName);
            body.put("status", status.meshStatus());
            body.put("statusCode", status.code());
            body.put("statusDescription", status.description());
            body.put("statusEvent", status.event());
            body.put("statusSuccess", status.success() ? "SUCCESS" : "ERROR");
            body.put("statusTimestamp", MESH_TIME.format(m.stateAt()));
            body.put("subject", m.subject());
            body.put("uploadTimestamp", MESH_TIME.format(m.createdAt()));
            body.put("version", "1.0");
            body.put("workflowId", m.workflowId());
            return body;
        }
        body.put("message_id", m.messageId());
        body.put("local_id", m.localId());
        body.put("workflow_id", m.workflowId());
        body.put("filename", fileName(m));
        body.put("upload_timestamp", iso(m.createdAt()));
        body.put("recipient", m.recipient().value());
        body.put("recipient_name", recipientName);
        body.put("status_success", status.success());
        body.put("status", status.meshStatus());
        body.put("status_event", status.event());
        body.put("status_timestamp", iso(m.stateAt()));
        body.put("status_description", status.description());
        body.put("status_code", status.code());
        return body;
    }

    static String fileName(ExchangeMessage m) {
        return m.fileName() == null || m.fileName().isBlank() ? m.messageId() + ".dat" : m.fileName();
    }

    private static String iso(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }

    private static Map<String, Object> body(String key, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(key, value);
        return body;
    }
}
