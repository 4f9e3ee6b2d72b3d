package org.cpis.gateway.codec.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.core.upload.RecordResult;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.gateway.codec.InternalWriter;
import org.cpis.gateway.codec.Stylesheets;
import org.cpis.gateway.codec.Transforms;

/**
 * An acknowledgement's wire bytes, written as they are read: each step transforms one part of the internal XML
 * ({@code la-acknowledgement-encode}: the head, {@value AcknowledgementEncoder#CHUNK_RECORDS} results' refused
 * details, the recipient, that many results' returned records, the tail) and copies the wire elements it gives
 * into one serialised {@code FileResponse}, whose bytes are then read out before the next step. Memory holds one
 * step's part, whatever the number of records. Not thread-safe.
 */
final class AcknowledgementStream extends InputStream {

    private static final String HL7 = "urn:hl7-org:v3";
    private static final String NPFITLC_PREFIX = "npfitlc";
    private static final String NPFITLC = "NPFIT:HL7:Localisation";

    private enum Stage { START, REFUSED, RECIPIENT, RETURNED, END, DONE }

    private final XsltExecutable stylesheet;
    private final UploadAcknowledgement ack;
    private final XdmNode head;
    private final XdmNode recipient;
    private final XdmNode tail;
    private final boolean anyRefused;
    private final Sink sink = new Sink();
    private final XMLStreamWriter out;
    private Stage stage = Stage.START;
    private Iterator<RecordResult> results;
    private byte[] buffer = new byte[0];
    private int position;
    private int limit;

    AcknowledgementStream(XsltExecutable stylesheet, UploadAcknowledgement ack, XdmNode head, XdmNode recipient,
                          XdmNode tail, boolean anyRefused) {
        this.stylesheet = stylesheet;
        this.ack = ack;
        this.head = head;
        this.recipient = recipient;
        this.tail = tail;
        this.anyRefused = anyRefused;
        try {
            Serializer s = Stylesheets.processor().newSerializer(sink);
            s.setOutputProperty(Serializer.Property.METHOD, "xml");
            s.setOutputProperty(Serializer.Property.ENCODING, "UTF-8");
            s.setOutputProperty(Serializer.Property.INDENT, "yes");
            s.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "no");
            out = s.getXMLStreamWriter();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("cannot start the acknowledgement of file " + ack.sequenceId(), e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (position == limit) {
            if (stage == Stage.DONE) {
                return -1;
            }
            step();
        }
        int n = Math.min(len, limit - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
    }

    /** Writes the next part and makes its bytes the ones to read. */
    private void step() throws IOException {
        try {
            switch (stage) {
                case START -> {
                    out.writeStartDocument("UTF-8", "1.0");
                    out.setDefaultNamespace(HL7);
                    out.setPrefix(NPFITLC_PREFIX, NPFITLC);
                    out.writeStartElement("", "FileResponse", HL7);
                    out.writeDefaultNamespace(HL7);
                    out.writeNamespace(NPFITLC_PREFIX, NPFITLC);
                    copyWire(head);
                    if (anyRefused) {
                        out.writeStartElement("", "acknowledgementRecord", HL7);
                    }
                    results = ack.results().iterator();
                    stage = Stage.REFUSED;
                }
                case REFUSED -> {
                    InternalWriter part = new InternalWriter("ackRefused");
                    boolean any = false;
                    for (int i = 0; i < AcknowledgementEncoder.CHUNK_RECORDS && results.hasNext(); i++) {
                        RecordResult r = results.next();
                        if (!r.isSuccess()) {
                            AcknowledgementEncoder.refused(part, r);
                            any = true;
                        }
                    }
                    if (any) {
                        copyWire(part.build());
                    }
                    if (!results.hasNext()) {
                        if (anyRefused) {
                            out.writeEndElement();
                        }
                        stage = Stage.RECIPIENT;
                    }
                }
                case RECIPIENT -> {
                    copyWire(recipient);
                    results = ack.results().iterator();
                    stage = Stage.RETURNED;
                }
                case RETURNED -> {
                    InternalWriter part = new InternalWriter("ackReturned");
                    for (int i = 0; i < AcknowledgementEncoder.CHUNK_RECORDS && results.hasNext(); i++) {
                        AcknowledgementEncoder.returned(part, results.next(), ack.recipient());
                    }
                    copyWire(part.build());
                    if (!results.hasNext()) {
                        stage = Stage.END;
                    }
                }
                case END -> {
                    copyWire(tail);
                    out.writeEndElement();
                    out.writeEndDocument();
                    out.close();
                    stage = Stage.DONE;
                }
                case DONE -> {
                    // nothing more to write
                }
            }
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the acknowledgement of file " + ack.sequenceId() + ": "
                    + e.getMessage(), e);
        }
        buffer = sink.drain();
        position = 0;
        limit = buffer.length;
    }

    /** Transforms one internal part and copies the wire elements it gives into the document. */
    private void copyWire(XdmNode part) throws XMLStreamException {
        XdmNode wire = Transforms.toTree(stylesheet, part);
        for (XdmNode child : wire.children()) {
            copy(child);
        }
    }

    private void copy(XdmNode node) throws XMLStreamException {
        if (node.getNodeKind() == XdmNodeKind.TEXT) {
            out.writeCharacters(node.getStringValue());
            return;
        }
        if (node.getNodeKind() != XdmNodeKind.ELEMENT) {
            return;
        }
        QName name = node.getNodeName();
        String uri = name.getNamespace();
        if (!HL7.equals(uri) && !NPFITLC.equals(uri)) {
            throw new XMLStreamException("the acknowledgement stylesheet wrote an element in namespace '" + uri + "'");
        }
        out.writeStartElement(HL7.equals(uri) ? "" : NPFITLC_PREFIX, name.getLocalName(), uri);
        for (Iterator<XdmNode> attributes = node.axisIterator(Axis.ATTRIBUTE); attributes.hasNext(); ) {
            XdmNode attribute = attributes.next();
            out.writeAttribute(attribute.getNodeName().getLocalName(), attribute.getStringValue());
        }
        for (XdmNode child : node.children()) {
            copy(child);
        }
        out.writeEndElement();
    }

    /** The serialiser's output between two reads. */
    private static final class Sink extends ByteArrayOutputStream {

        Sink() {
            super(1 << 16);
        }

        byte[] drain() {
            byte[] bytes = toByteArray();
            reset();
            return bytes;
        }

        @Override
        public void close() {
            // the stream ends when the document does
        }
    }
}
