package org.cpis.sft.mesh;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** JSON answers of the MESH door in the caller's version: the body written with Jackson, nulls left out. */
final class MeshJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private MeshJson() {
    }

    /** A JSON answer; {@code body} {@code null} means an empty body (MESH version 2 answers many calls so). */
    static Response answer(int status, MeshVersion version, Map<String, ?> body) {
        if (body == null) {
            return Response.status(status).header(HttpHeaders.CONTENT_LENGTH, "0").build();
        }
        return Response.status(status).type(version.mediaType()).entity(bytes(body)).build();
    }

    static byte[] bytes(Map<String, ?> body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers is always JSON", e);
        }
    }
}
