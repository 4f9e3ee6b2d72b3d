package org.cpis.gateway.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;

/**
 * Reads the small internal XML a decoding stylesheet produces: elements without namespace, values as text.
 * A missing required value is a bug in the stylesheet (the schema already guaranteed the wire), so it fails
 * loudly.
 */
public final class InternalReader {

    private final XdmNode element;

    private InternalReader(XdmNode element) {
        this.element = element;
    }

    /** The document element of a tree the stylesheet made. */
    public static InternalReader of(XdmNode tree) {
        XdmNode node = tree;
        if (node.getNodeKind() == XdmNodeKind.DOCUMENT) {
            node = node.select(Steps.child().where(n -> n.getNodeKind() == XdmNodeKind.ELEMENT)).asNode();
        }
        return new InternalReader(node);
    }

    public String name() {
        return element.getNodeName().getLocalName();
    }

    public Optional<InternalReader> child(String name) {
        for (XdmNode c : element.children()) {
            if (isElement(c, name)) {
                return Optional.of(new InternalReader(c));
            }
        }
        return Optional.empty();
    }

    public InternalReader required(String name) {
        return child(name).orElseThrow(() -> new IllegalStateException("internal XML " + name() + " has no " + name));
    }

    public List<InternalReader> children(String name) {
        List<InternalReader> found = new ArrayList<>();
        for (XdmNode c : element.children()) {
            if (isElement(c, name)) {
                found.add(new InternalReader(c));
            }
        }
        return found;
    }

    /** A child element of that local name (a plain loop: the stream API costs a record upload dearly). */
    private static boolean isElement(XdmNode node, String name) {
        return node.getNodeKind() == XdmNodeKind.ELEMENT && name.equals(node.getUnderlyingNode().getLocalPart());
    }

    public boolean has(String name) {
        return child(name).isPresent();
    }

    /** The text of a child, or {@code null} when absent or empty. */
    public String text(String name) {
        return child(name).map(InternalReader::value).filter(v -> !v.isEmpty()).orElse(null);
    }

    public String requiredText(String name) {
        String v = text(name);
        if (v == null) {
            throw new IllegalStateException("internal XML " + name() + " has no " + name);
        }
        return v;
    }

    public List<String> texts(String name) {
        return children(name).stream().map(InternalReader::value).toList();
    }

    public String value() {
        return element.getStringValue();
    }
}
