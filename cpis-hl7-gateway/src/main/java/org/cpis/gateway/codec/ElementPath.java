package org.cpis.gateway.codec;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Passes SAX events on unchanged while keeping the path of the current element, e.g.
 * {@code /File/record[3]/CP-ISRecord}, so that a problem can say where it is. The index is shown from the
 * second sibling of a name on.
 */
final class ElementPath extends XMLFilterImpl {

    private final ElementSteps steps = new ElementSteps();

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        steps.push(localName);
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qName);
        steps.pop();
    }

    String current() {
        return steps.path("");
    }
}
