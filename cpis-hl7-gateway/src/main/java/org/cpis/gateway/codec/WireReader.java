package org.cpis.gateway.codec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.cpis.gateway.codec.xml.BoundedInputStream;
import org.cpis.gateway.codec.xml.SecureXml;
import org.cpis.gateway.codec.xml.UnsafeXmlException;
import org.cpis.gateway.codec.xml.ValidatorPool;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.cpis.gateway.codec.xml.XmlReaderPool;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a CP-IS message in one pass: hardened parse, validation against the schema its root element selects,
 * and, from the same SAX events, a Saxon tree for the stylesheets ({@link #read}) or whatever a fast decoder
 * builds straight from the validated events ({@link #select} then {@link #validate}). Every schema problem is
 * collected with its line, column and element path, not only the first.
 */
public final class WireReader {

    private static final Pattern CVC_PREFIX = Pattern.compile("^cvc-[a-zA-Z0-9.\\-]+: ");
    private static final Pattern QUALIFIED = Pattern.compile("\\{\"[^\"]*\":([^}]+)}");

    private final Processor processor;
    private final WireSchemas schemas;

    public WireReader(Processor processor, WireSchemas schemas) {
        this.processor = processor;
        this.schemas = schemas;
    }

    public WireReader() {
        this(Stylesheets.processor(), WireSchemas.instance());
    }

    public WireDocument read(byte[] message, String systemId, XmlLimits limits) {
        Selection selected = select(message, limits);
        if (!selected.found()) {
            return failed(selected.root(), selected.problem());
        }
        BuildingContentHandler tree;
        try {
            tree = processor.newDocumentBuilder().newBuildingContentHandler();
        } catch (SaxonApiException e) {
            return failed(selected.root(), Problem.at(ProblemCode.UNREADABLE, e.getMessage(), 0, 0, ""));
        }
        List<Problem> problems = new ArrayList<>(validate(message, systemId, limits, selected.schema(), tree));
        XdmNode document = null;
        if (problems.isEmpty()) {
            try {
                document = tree.getDocumentNode();
            } catch (SaxonApiException e) {
                problems.add(Problem.at(ProblemCode.UNREADABLE, e.getMessage(), 0, 0, ""));
            }
        }
        return new WireDocument(selected.root(), document, problems);
    }

    /**
     * The root element of a message and the schema it selects, found from its first bytes; or, when the message
     * is refused before reading, is not XML or has a root CP-IS does not know, the one problem that says so.
     */
    public record Selection(QName root, Schema schema, Problem problem) {

        /** Whether a schema was found: else {@link #problem()} says why not. */
        public boolean found() {
            return schema != null;
        }
    }

    /** Finds the root element and the schema it selects, without parsing the message. */
    public Selection select(byte[] message, XmlLimits limits) {
        RootScan.Found peek;
        try {
            // the plain first bytes of a message tell its root at once; anything less plain asks StAX
            peek = RootScan.scan(message, limits).orElse(null);
            if (peek == null) {
                peek = peek(message, limits);
            }
        } catch (UnsafeXmlException e) {
            return new Selection(null, null, Problem.at(ProblemCode.UNSAFE, e.getMessage(), 0, 0, ""));
        } catch (XMLStreamException e) {
            return new Selection(null, null, unreadable(e));
        }
        Optional<Schema> schema = schemas.schemaFor(peek.root(), peek.firstChild());
        if (schema.isEmpty()) {
            return new Selection(peek.root(), null, Problem.at(ProblemCode.UNKNOWN_ROOT, "'" + peek.root().getLocalPart()
                    + "' in namespace '" + peek.root().getNamespaceURI() + "'; expected one of "
                    + String.join(", ", schemas.knownRoots()) + " in urn:hl7-org:v3", 1, 1, "/"));
        }
        return new Selection(peek.root(), schema.get(), null);
    }

    /**
     * Parses a message (hardened) and validates it against a schema in one pass, passing the validated SAX events
     * on to {@code sink} as they come: every schema problem is collected with its line, column and element path,
     * and the parse goes on after one, so the sink sees events of an invalid message too (it must not rely on
     * the schema unless the answer is empty). A message that stops being readable ends the parse with its
     * problem last.
     *
     * @return every problem found; empty when the message is well-formed and schema-valid
     */
    public List<Problem> validate(byte[] message, String systemId, XmlLimits limits, Schema schema, ContentHandler sink) {
        List<Problem> problems = new ArrayList<>();
        try (XmlReaderPool.Lease reader = XmlReaderPool.borrow(limits, message.length);
             ValidatorPool.Lease validator = ValidatorPool.borrow(schema, message.length)) {
            ElementPath path = new ElementPath();
            path.setParent(reader.reader());
            validator.handler().setErrorHandler(new Collector(problems, path));
            validator.handler().setContentHandler(sink);
            path.setContentHandler(validator.handler());
            InputSource input = new InputSource(new BoundedInputStream(new ByteArrayInputStream(message), limits.maxBytes()));
            input.setSystemId(systemId);
            path.parse(input);
        } catch (UnsafeXmlException e) {
            problems.add(Problem.at(ProblemCode.UNSAFE, e.getMessage(), 0, 0, ""));
        } catch (SAXParseException e) {
            problems.add(Problem.at(ProblemCode.UNREADABLE, e.getMessage(), e.getLineNumber(), e.getColumnNumber(), ""));
        } catch (SAXException | IOException e) {
            problems.add(Problem.at(ProblemCode.UNREADABLE, e.getMessage(), 0, 0, ""));
        }
        return problems;
    }

    /** Friendlier schema messages: no "cvc-...:" prefix, element names without their namespace braces. */
    public static String plain(String xercesMessage) {
        String m = CVC_PREFIX.matcher(xercesMessage).replaceFirst("");
        return QUALIFIED.matcher(m).replaceAll("$1");
    }

    private static RootScan.Found peek(byte[] message, XmlLimits limits) throws XMLStreamException {
        XMLStreamReader r = SecureXml.streamReader(new ByteArrayInputStream(message), limits);
        try {
            QName root = null;
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    if (root != null) {
                        return new RootScan.Found(root, r.getLocalName());
                    }
                    root = r.getName();
                }
            }
            if (root == null) {
                throw new XMLStreamException("no root element");
            }
            return new RootScan.Found(root, "");
        } finally {
            r.close();
        }
    }

    private static Problem unreadable(XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
        String message = e.getMessage() == null ? "not XML" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
        return Problem.at(ProblemCode.UNREADABLE, message, Math.max(line, 0), Math.max(col, 0), "");
    }

    private static WireDocument failed(QName root, Problem problem) {
        return new WireDocument(root, null, List.of(problem));
    }

    private static final class Collector implements ErrorHandler {
        private final List<Problem> problems;
        private final ElementPath path;

        Collector(List<Problem> problems, ElementPath path) {
            this.problems = problems;
            this.path = path;
        }

        @Override
        public void warning(SAXParseException e) {
            // schema warnings are not problems of the message
        }

        @Override
        public void error(SAXParseException e) {
            problems.add(Problem.at(ProblemCode.SCHEMA, plain(e.getMessage()), e.getLineNumber(), e.getColumnNumber(),
                    path.current()));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }
}
