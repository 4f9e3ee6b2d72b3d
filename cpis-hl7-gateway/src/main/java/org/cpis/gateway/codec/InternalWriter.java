package org.cpis.gateway.codec;

import javax.xml.stream.XMLStreamException;
import net.sf.saxon.s9api.BuildingStreamWriter;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;

/**
 * Writes the small internal XML an encoding stylesheet reads, straight into a Saxon tree (no text in
 * between). {@code null} values are left out.
 */
public final class InternalWriter {

    private final BuildingStreamWriter out;

    public InternalWriter(String rootName) {
        try {
            out = Stylesheets.processor().newDocumentBuilder().newBuildingStreamWriter();
            out.writeStartDocument();
            out.writeStartElement(rootName);
        } catch (SaxonApiException | XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public InternalWriter start(String name) {
        try {
            out.writeStartElement(name);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public InternalWriter end() {
        try {
            out.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public InternalWriter leaf(String name, Object value) {
        if (value == null) {
            return this;
        }
        try {
            out.writeStartElement(name);
            out.writeCharacters(value.toString());
            out.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public XdmNode build() {
        try {
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
            return out.getDocumentNode();
        } catch (XMLStreamException | SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }
}
