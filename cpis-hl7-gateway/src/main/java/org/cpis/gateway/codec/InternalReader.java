package org.cpis.gateway.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.om.AxisInfo;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.pattern.NodeKindTest;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.tree.iter.AxisIterator;
import net.sf.saxon.type.Type;

/**
 * Reads the small internal XML a decoding stylesheet produces: elements without namespace, values as text.
 * A missing required value is a bug in the stylesheet (the schema already guaranteed the wire), so it fails
 * loudly. Walks Saxon's own nodes: the s9api child streams cost a record upload dearly.
 */
public final class InternalReader {

    private final NodeInfo element;

    private InternalReader(NodeInfo element) {
        this.element = element;
    }

    /** The document element of a tree the stylesheet made. */
    public static InternalReader of(XdmNode tree) {
        NodeInfo node = tree.getUnderlyingNode();
        if (node.getNodeKind() == Type.DOCUMENT) {
            node = node.iterateAxis(AxisInfo.CHILD, NodeKindTest.ELEMENT).next();
            if (node == null) {
                throw new IllegalStateException("internal XML without a document element");
            }
        }
        return new InternalReader(node);
    }

    public String name() {
        return element.getLocalPart();
    }

    public Optional<InternalReader> child(String name) {
        AxisIterator elements = element.iterateAxis(AxisInfo.CHILD, NodeKindTest.ELEMENT);
        for (NodeInfo c = elements.next(); c != null; c = elements.next()) {
            if (name.equals(c.getLocalPart())) {
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
        AxisIterator elements = element.iterateAxis(AxisInfo.CHILD, NodeKindTest.ELEMENT);
        for (NodeInfo c = elements.next(); c != null; c = elements.next()) {
            if (name.equals(c.getLocalPart())) {
                found.add(new InternalReader(c));
            }
        }
        return found;
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
