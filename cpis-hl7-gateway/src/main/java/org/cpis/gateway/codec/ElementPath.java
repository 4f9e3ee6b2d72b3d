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

    private final Deque<String> steps = new ArrayDeque<>();
    private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();

    ElementPath() {
        siblings.push(new HashMap<>());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        int n = siblings.peek().merge(localName, 1, Integer::sum);
        steps.addLast(n == 1 ? localName : localName + "[" + n + "]");
        siblings.push(new HashMap<>());
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qName);
        siblings.pop();
        steps.removeLast();
    }

    String current() {
        return steps.isEmpty() ? "/" : "/" + String.join("/", steps);
    }
}
