package org.cpis.gateway.codec.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;
import org.cpis.gateway.codec.WireReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Collects the schema problems of one part of an upload (its header or one record), each with line, column and path. */
final class SchemaProblems implements ErrorHandler {

    private final Supplier<String> path;
    private final List<Problem> problems = new ArrayList<>();

    SchemaProblems(Supplier<String> path) {
        this.path = path;
    }

    void clear() {
        problems.clear();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<Problem> found() {
        return List.copyOf(problems);
    }

    @Override
    public void warning(SAXParseException e) {
        // schema warnings are not problems of the message
    }

    @Override
    public void error(SAXParseException e) {
        problems.add(Problem.at(ProblemCode.SCHEMA, WireReader.plain(e.getMessage()), e.getLineNumber(),
                e.getColumnNumber(), path.get()));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
        throw e;
    }
}
