package org.cpis.gateway.codec.upload;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.cpis.gateway.codec.xml.SecureXml;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;
import org.cpis.gateway.codec.WireText;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Reads and checks the header of an upload - the {@code File} element's children before its first
 * {@code record}: creationTime, id, transmissionQuantity, communicationFunctionSnd - against the File schema
 * itself, in order. The validator sees the File start tag and the header elements, then the start of a
 * record (the first real one, or a stand-in when the file has none), so that a missing or misplaced header
 * element is found; the records are left to {@link RecordDecoder}. A header that breaks the schema, or
 * holds an unreal creation time or a record count that is not a number, makes the whole file unreadable.
 */
final class HeaderReading {

    private static final String HL7 = "urn:hl7-org:v3";
    private static final String FILE_PATH = "/File";

    private HeaderReading() {
    }

    /**
     * Reads the header from a cursor on the {@code File} start tag; the cursor ends on the first {@code record}
     * start tag, or on the {@code File} end tag when there is no record.
     */
    static UploadHeader read(XMLStreamReader xml, Schema fileSchema, UploadReading reading)
            throws XMLStreamException {
        SubtreeReplay replay = new SubtreeReplay(xml);
        replay.beginPart(FILE_PATH);
        SchemaProblems schemaProblems = new SchemaProblems(replay::path);
        PartReader<UploadHeaderFields> part = reading.header();
        try {
            ContentHandler events = part.events();
            ValidatorHandler validator = SecureXml.validatorHandler(fileSchema);
            validator.setErrorHandler(schemaProblems);
            validator.setContentHandler(events);
            validator.setDocumentLocator(replay);
            validator.startDocument();
            replay.startElement(validator, Map.of(), true);
            xml.next();
            while (!atHeaderEnd(xml)) {
                if (xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
                    replay.element(validator, Map.of(), false);
                } else if (xml.getEventType() == XMLStreamConstants.CHARACTERS) {
                    replay.characters(validator);
                }
                xml.next();
            }
            // the start of a record ends the header: the validator now knows whether a header element is missing
            validator.startElement(HL7, "record", "record", new AttributesImpl());
            events.endElement(HL7, "record", "record");
            events.endElement(HL7, "File", "File");
            events.endDocument();
        } catch (SAXException e) {
            throw new IllegalStateException("the upload header could not be replayed: " + e.getMessage(), e);
        }
        UploadHeaderFields header = part.fields();
        String sequenceId = header.sequenceId();
        List<Problem> problems = new ArrayList<>(schemaProblems.found());
        if (!problems.isEmpty()) {
            throw new UnreadableUploadException(problems, sequenceId);
        }
        return new UploadHeader(sequenceId, createdAt(header.creationTime(), sequenceId),
                declaredCount(header.declaredRecordCount(), sequenceId), LocalAuthorityMapping.read(header.localAuthority()));
    }

    private static boolean atHeaderEnd(XMLStreamReader xml) {
        int event = xml.getEventType();
        return (event == XMLStreamConstants.START_ELEMENT && HL7.equals(xml.getNamespaceURI())
                && "record".equals(xml.getLocalName()))
                || (event == XMLStreamConstants.END_ELEMENT && "File".equals(xml.getLocalName()));
    }

    private static Instant createdAt(String creationTime, String sequenceId) {
        String value = WireText.required(creationTime, "creationTime");
        try {
            return Hl7Time.parseInstant(value);
        } catch (DateTimeParseException e) {
            throw new UnreadableUploadException(List.of(Problem.at(ProblemCode.DATE, "'" + value + "': " + e.getMessage(),
                    0, 0, FILE_PATH + "/creationTime")), sequenceId);
        }
    }

    private static int declaredCount(String declaredRecordCount, String sequenceId) {
        String value = WireText.required(declaredRecordCount, "declaredRecordCount");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UnreadableUploadException(List.of(Problem.at(ProblemCode.VALUE, "transmissionQuantity '" + value
                    + "' is not a record count", 0, 0, FILE_PATH + "/transmissionQuantity")), sequenceId);
        }
    }
}
