package org.cpis.gateway.codec.upload;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cpis.gateway.codec.ElementSteps;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Replays elements of an upload read with StAX as SAX events, so that a schema validator and a Saxon tree
 * builder can take one part of the file (its header, or one record) as if it were a document of its own.
 * The namespace declarations in scope where the part starts (those of the {@code File} element) are declared
 * again on the part. It keeps the element path of the current element (e.g.
 * {@code /File/record[3]/CP-ISRecord/subject}) and serves as the SAX {@link Locator}, giving the line and
 * column in the original file.
 */
final class SubtreeReplay implements Locator {

    private final XMLStreamReader xml;
    private final ElementSteps steps = new ElementSteps();
    private String basePath = "";
    private final Deque<Iterable<String>> declaredPrefixes = new ArrayDeque<>();
    /** Reused from one start tag to the next: a receiver copies what it keeps of them. */
    private final AttributesImpl attributes = new AttributesImpl();

    SubtreeReplay(XMLStreamReader xml) {
        this.xml = xml;
    }

    /**
     * Starts a new part whose top element's path is given, e.g. {@code /File} (the header) or
     * {@code /File/record[3]} (a record): the top element adds no step of its own, the elements in it do.
     */
    void beginPart(String basePath) {
        this.basePath = basePath;
        steps.clear();
        declaredPrefixes.clear();
    }

    /**
     * Forwards the start tag under the cursor, declaring first the namespaces inherited from outside the
     * part ({@code inherited}: prefix to URI, "" for the default namespace) that the element does not
     * declare itself.
     */
    void startElement(ContentHandler out, Map<String, String> inherited, boolean top) throws SAXException {
        Map<String, String> declarations = inherited;
        if (xml.getNamespaceCount() > 0) {
            declarations = new LinkedHashMap<>(inherited);
            for (int i = 0; i < xml.getNamespaceCount(); i++) {
                declarations.put(prefixOf(xml.getNamespacePrefix(i)), nullToEmpty(xml.getNamespaceURI(i)));
            }
        }
        for (Map.Entry<String, String> d : declarations.entrySet()) {
            out.startPrefixMapping(d.getKey(), d.getValue());
        }
        declaredPrefixes.push(declarations.keySet());
        if (!top) {
            steps.push(xml.getLocalName());
        }
        attributes.clear();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String prefix = xml.getAttributePrefix(i);
            String local = xml.getAttributeLocalName(i);
            attributes.addAttribute(nullToEmpty(xml.getAttributeNamespace(i)), local,
                    prefix == null || prefix.isEmpty() ? local : prefix + ":" + local, "CDATA", xml.getAttributeValue(i));
        }
        out.startElement(nullToEmpty(xml.getNamespaceURI()), xml.getLocalName(), qName(), attributes);
    }

    /** Forwards the end tag under the cursor. */
    void endElement(ContentHandler out, boolean top) throws SAXException {
        out.endElement(nullToEmpty(xml.getNamespaceURI()), xml.getLocalName(), qName());
        if (!top) {
            steps.pop();
        }
        for (String prefix : declaredPrefixes.pop()) {
            out.endPrefixMapping(prefix);
        }
    }

    /** Forwards the text under the cursor. */
    void characters(ContentHandler out) throws SAXException {
        out.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
    }

    /**
     * Forwards the element under the cursor with everything in it; the cursor ends on its end tag. {@code top}:
     * the element is the part's top element (its step is the part's path).
     */
    void element(ContentHandler out, Map<String, String> inherited, boolean top)
            throws XMLStreamException, SAXException {
        startElement(out, inherited, top);
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    startElement(out, Map.of(), false);
                    depth++;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    endElement(out, depth == 0 && top);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> characters(out);
                default -> {
                    // comments and processing instructions are not part of the message
                }
            }
        }
    }

    /** The path of the element being replayed. */
    String path() {
        return steps.path(basePath);
    }

    private String qName() {
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }

    private static String prefixOf(String prefix) {
        return prefix == null ? XMLConstants.DEFAULT_NS_PREFIX : prefix;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPublicId() {
        return null;
    }

    @Override
    public String getSystemId() {
        return null;
    }

    @Override
    public int getLineNumber() {
        return xml.getLocation() == null ? 0 : Math.max(xml.getLocation().getLineNumber(), 0);
    }

    @Override
    public int getColumnNumber() {
        return xml.getLocation() == null ? 0 : Math.max(xml.getLocation().getColumnNumber(), 0);
    }
}
