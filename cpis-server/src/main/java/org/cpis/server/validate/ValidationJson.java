package org.cpis.server.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.validate.ValidationReport;

/**
 * The validator's output for machines: a JSON array, one object per file with {@code file}, {@code message}
 * (the root element), {@code valid}, {@code unreadable} and {@code problems} (code, message, line, column, path).
 */
public final class ValidationJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ValidationJson() {
    }

    public static void render(List<ValidationReport> reports, PrintWriter out) {
        ArrayNode files = JSON.createArrayNode();
        for (ValidationReport r : reports) {
            ObjectNode f = files.addObject();
            f.put("file", r.file());
            f.put("message", r.message());
            f.put("valid", r.isValid());
            f.put("unreadable", r.unreadable());
            ArrayNode problems = f.putArray("problems");
            for (Problem p : r.problems()) {
                problems.addObject().put("code", p.code()).put("message", p.message()).put("line", p.line())
                        .put("column", p.column()).put("path", p.path());
            }
        }
        out.println(files.toPrettyString());
    }
}
