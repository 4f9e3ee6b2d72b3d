package org.cpis.server.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;

/** The JSON reports are built as a tree and written indented, one document per report. */
final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** A new document naming the report, e.g. {@code "report": "CP-IS077 service counts"}. */
    static ObjectNode document(String report) {
        return MAPPER.createObjectNode().put("report", report);
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** {@code {"odsCode": ..., "name": ...}}; the name is {@code null} when not known. */
    static ObjectNode organisation(OdsCode code, String name) {
        return object().put("odsCode", code == null ? null : code.value()).put("name", name);
    }

    static ObjectNode organisation(Organisation organisation) {
        return organisation(organisation.code(), organisation.name());
    }

    static void write(ObjectNode document, PrintWriter out) {
        try {
            out.println(MAPPER.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report tree cannot be written as JSON", e);
        }
    }
}
