package org.cpis.gateway.codec;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Passes SAX events on unchanged while keeping the path of the current element, e.g.
 * {@code /File/record[3]/CP-ISRecord}, so that a problem can say where it is. The index is shown from the
 * second sibling of a name on.
 */
final class ElementPath extends XMLFilterImpl {

    private static final Map<String, Integer> NO_CHILDREN = Map.of();

    private final Deque<String> steps = new ArrayDeque<>();
    private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();

    ElementPath() {
        siblings.push(new HashMap<>());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        int n = position(localName);
        steps.addLast(n == 1 ? localName : localName + "[" + n + "]");
        siblings.push(NO_CHILDREN);
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qName);
        siblings.pop();
        steps.removeLast();
    }

    /** Where an element stands among its parent's children of that name (1 for the first). */
    private int position(String name) {
        Map<String, Integer> counts = siblings.peek();
        if (counts == NO_CHILDREN) { // a level's counts are made when its first child comes: most elements have none
            counts = new HashMap<>();
            siblings.pop();
            siblings.push(counts);
        }
        return counts.merge(name, 1, Integer::sum);
    }

    String current() {
        return steps.isEmpty() ? "/" : "/" + String.join("/", steps);
    }
}
