package org.cpis.gateway.codec;

import java.util.List;
import javax.xml.namespace.QName;
import net.sf.saxon.s9api.XdmNode;

/**
 * A CP-IS message as read: its root element, the parsed tree (absent when it was not well-formed) and every
 * problem the schema found. A document with problems is not to be decoded.
 */
public record WireDocument(QName root, XdmNode tree, List<Problem> problems) {

    public WireDocument {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty() && tree != null;
    }

    /** The tree, or a {@link DecodeException} with every problem. */
    public XdmNode validTree() {
        if (!isValid()) {
            throw new DecodeException(problems);
        }
        return tree;
    }
}
