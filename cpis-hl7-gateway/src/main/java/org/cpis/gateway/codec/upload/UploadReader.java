package org.cpis.gateway.codec.upload;

import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;
import org.cpis.gateway.codec.xml.SecureXml;
import org.cpis.gateway.codec.xml.UnsafeXmlException;
import org.cpis.gateway.codec.xml.XmlLimits;

/**
 * One LA Upload file read as a stream: the {@link #header()} is read and checked when the file is opened,
 * then the records are decoded one at a time as they are iterated, each on its own (see
 * {@link RecordDecoder}), so that a file of 200,000 records needs the memory of one record and a bad record
 * spoils none of its neighbours. The records can be iterated once. When the file stops being readable part
 * way (not well-formed, or something other than a record after the header) the iterator throws
 * {@link UnreadableUploadException}, with the sequence id. Not thread-safe; closing it does not close the
 * stream it reads.
 */
public final class UploadReader implements Iterable<DecodedRecord>, AutoCloseable {

    private static final String HL7 = "urn:hl7-org:v3";

    private final XMLStreamReader xml;
    private final UploadHeader header;
    private final Map<String, String> namespaces;
    private final RecordDecoder decoder;
    private boolean iterating;
    private boolean finished;
    private int recordsRead;

    private UploadReader(XMLStreamReader xml, UploadHeader header, Map<String, String> namespaces,
                         RecordDecoder decoder) {
        this.xml = xml;
        this.header = header;
        this.namespaces = namespaces;
        this.decoder = decoder;
    }

    /**
     * Opens a file and reads its header.
     *
     * @throws UnreadableUploadException when the file is not well-formed, not a {@code File}, or its header
     *                                   cannot be read
     */
    static UploadReader open(InputStream in, Schema fileSchema, Schema recordSchema, UploadReading reading) {
        XMLStreamReader xml = null;
        try {
            xml = SecureXml.streamReader(in, XmlLimits.UPLOAD_FILE);
            while (xml.next() != XMLStreamConstants.START_ELEMENT) {
                // prolog: comments, processing instructions, white space
            }
            if (!HL7.equals(xml.getNamespaceURI()) || !"File".equals(xml.getLocalName())) {
                throw new UnreadableUploadException(List.of(Problem.at(ProblemCode.UNKNOWN_ROOT, "'" + xml.getLocalName()
                        + "' in namespace '" + (xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI())
                        + "'; expected File in " + HL7, 1, 1, "/")), null);
            }
            Map<String, String> namespaces = declarations(xml);
            UploadHeader header = HeaderReading.read(xml, fileSchema, reading);
            return new UploadReader(xml, header, namespaces, new RecordDecoder(recordSchema, reading, xml));
        } catch (XMLStreamException e) {
            close(xml);
            throw new UnreadableUploadException(List.of(notWellFormed(e)), null);
        } catch (UnsafeXmlException e) {
            close(xml);
            throw new UnreadableUploadException(List.of(Problem.at(ProblemCode.UNSAFE, e.getMessage(), 0, 0, "")), null);
        } catch (RuntimeException e) {
            close(xml);
            throw e;
        }
    }

    public UploadHeader header() {
        return header;
    }

    /** The records, decoded one by one as the iterator is advanced; may be called once. */
    @Override
    public Iterator<DecodedRecord> iterator() {
        if (iterating) {
            throw new IllegalStateException("the records of an upload can be read once");
        }
        iterating = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return guarded(UploadReader.this::atRecord);
            }

            @Override
            public DecodedRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more records in file " + header.sequenceId());
                }
                return guarded(UploadReader.this::decodeRecord);
            }
        };
    }

    /** How many records have been read so far (all of them once the iteration has finished). */
    public int recordsRead() {
        return recordsRead;
    }

    /**
     * Once every record has been read: the CPIS-C014 problem when transmissionQuantity does not equal the
     * number of records, else empty. (The core refuses such a file too, with CPF01/CPFD02.)
     *
     * @throws IllegalStateException while records remain to be read
     */
    public Optional<Problem> recordCountProblem() {
        if (!finished) {
            throw new IllegalStateException("the record count is known once every record has been read");
        }
        if (recordsRead == header.declaredRecordCount()) {
            return Optional.empty();
        }
        return Optional.of(Problem.at(ProblemCode.RECORD_COUNT, "transmissionQuantity " + header.declaredRecordCount()
                + ", records " + recordsRead, 0, 0, "/File/transmissionQuantity"));
    }

    @Override
    public void close() {
        close(xml);
    }

    /** Moves to the next record start tag; false (and the file read to its end) when there is none. */
    private boolean atRecord() throws XMLStreamException {
        while (!finished) {
            switch (xml.getEventType()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (HL7.equals(xml.getNamespaceURI()) && "record".equals(xml.getLocalName())) {
                        return true;
                    }
                    throw unreadable(Problem.at(ProblemCode.SCHEMA, "only record elements may follow the header, found '"
                            + xml.getLocalName() + "'", line(), column(), "/File/" + xml.getLocalName()));
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    while (xml.hasNext()) {
                        xml.next();
                    }
                    finished = true;
                    close();
                }
                case XMLStreamConstants.CHARACTERS -> {
                    if (!xml.isWhiteSpace()) {
                        throw unreadable(Problem.at(ProblemCode.SCHEMA, "text is not allowed between records",
                                line(), column(), "/File"));
                    }
                    xml.next();
                }
                default -> xml.next();
            }
        }
        return false;
    }

    private DecodedRecord decodeRecord() throws XMLStreamException {
        recordsRead++;
        DecodedRecord record = decoder.decode(recordsRead, namespaces, line(), column());
        xml.next();
        return record;
    }

    private interface Step<T> {
        T run() throws XMLStreamException;
    }

    private <T> T guarded(Step<T> step) {
        try {
            return step.run();
        } catch (XMLStreamException e) {
            close();
            throw unreadable(notWellFormed(e));
        } catch (UnsafeXmlException e) {
            close();
            throw unreadable(Problem.at(ProblemCode.UNSAFE, e.getMessage(), 0, 0, ""));
        }
    }

    private UnreadableUploadException unreadable(Problem problem) {
        close();
        return new UnreadableUploadException(List.of(problem), header.sequenceId());
    }

    private int line() {
        return Math.max(xml.getLocation().getLineNumber(), 0);
    }

    private int column() {
        return Math.max(xml.getLocation().getColumnNumber(), 0);
    }

    private static Map<String, String> declarations(XMLStreamReader xml) {
        Map<String, String> declared = new LinkedHashMap<>();
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            String prefix = xml.getNamespacePrefix(i);
            declared.put(prefix == null ? XMLConstants.DEFAULT_NS_PREFIX : prefix,
                    xml.getNamespaceURI(i) == null ? "" : xml.getNamespaceURI(i));
        }
        return Map.copyOf(declared);
    }

    private static Problem notWellFormed(XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNumber(), 0);
        int col = e.getLocation() == null ? 0 : Math.max(e.getLocation().getColumnNumber(), 0);
        String message = e.getMessage() == null ? "not XML"
                : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
        return Problem.at(ProblemCode.UNREADABLE, message, line, col, "");
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing more will be read from it
        }
    }
}
