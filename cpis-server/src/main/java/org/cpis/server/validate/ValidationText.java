package org.cpis.server.validate;

import java.io.PrintWriter;
import java.util.List;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.validate.ValidationReport;

/** The validator's text output: one line per problem, {@code file:line:col: CODE message (path)}, then a summary. */
public final class ValidationText {

    private ValidationText() {
    }

    public static void render(List<ValidationReport> reports, PrintWriter out) {
        int invalid = 0;
        for (ValidationReport r : reports) {
            for (Problem p : r.problems()) {
                out.println(p.format(r.file()));
            }
            if (r.isValid()) {
                out.println(r.file() + ": valid " + r.message());
            } else {
                invalid++;
            }
        }
        out.println(reports.size() + " file" + (reports.size() == 1 ? "" : "s") + " checked, " + invalid + " with problems");
    }
}
