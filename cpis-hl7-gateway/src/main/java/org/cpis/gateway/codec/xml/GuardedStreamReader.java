package org.cpis.gateway.codec.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/** A StAX reader that refuses DOCTYPEs and entity references and keeps to {@link XmlLimits}. */
final class GuardedStreamReader extends StreamReaderDelegate {

    private final XmlLimits limits;
    private int depth;

    GuardedStreamReader(XMLStreamReader reader, XmlLimits limits) {
        super(reader);
        this.limits = limits;
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        switch (event) {
            case XMLStreamConstants.DTD -> throw new UnsafeXmlException(UnsafeXmlException.Reason.DOCTYPE, null);
            case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new UnsafeXmlException(UnsafeXmlException.Reason.EXTERNAL_REFERENCE, getLocalName());
            case XMLStreamConstants.START_ELEMENT -> {
                if (++depth > limits.maxDepth()) {
                    throw new UnsafeXmlException(UnsafeXmlException.Reason.TOO_DEEP, "deeper than " + limits.maxDepth());
                }
                if (getAttributeCount() > limits.maxAttributes()) {
                    throw new UnsafeXmlException(UnsafeXmlException.Reason.TOO_MANY_ATTRIBUTES,
                            getAttributeCount() + " on " + getLocalName());
                }
            }
            case XMLStreamConstants.END_ELEMENT -> depth--;
            default -> {
            }
        }
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while ((event == XMLStreamConstants.CHARACTERS && isWhiteSpace())
                || (event == XMLStreamConstants.CDATA && isWhiteSpace())
                || event == XMLStreamConstants.SPACE
                || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                || event == XMLStreamConstants.COMMENT) {
            event = next();
        }
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            throw new XMLStreamException("expected a start or end tag", getLocation());
        }
        return event;
    }
}
