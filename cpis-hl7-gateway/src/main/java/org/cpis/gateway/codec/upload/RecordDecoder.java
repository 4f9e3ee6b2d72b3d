package org.cpis.gateway.codec.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.xml.SecureXml;
import org.xml.sax.SAXException;

/**
 * Decodes the {@code record} element under a StAX cursor on its own, in one pass over its events: validation
 * against the record-level schema ({@code REPC_MT000002GB01.record.xsd}) and, from the same events, the record's
 * fields (straight, or through the stylesheet: {@link UploadReading}), then {@link RecordReading}. Only one record
 * is held at a time, so a file of any length decodes in bounded memory. One per reader: not thread-safe.
 */
final class RecordDecoder {

    private final UploadReading reading;
    private final SubtreeReplay replay;
    private final ValidatorHandler validator;
    private final SchemaProblems schemaProblems;

    RecordDecoder(Schema recordSchema, UploadReading reading, XMLStreamReader xml) {
        this.reading = reading;
        this.replay = new SubtreeReplay(xml);
        this.schemaProblems = new SchemaProblems(replay::path);
        this.validator = SecureXml.validatorHandler(recordSchema);
        validator.setErrorHandler(schemaProblems);
    }

    /**
     * Decodes the record under the cursor (a {@code record} start tag); the cursor ends on its end tag.
     *
     * @param inherited the namespace declarations in scope at the record (those of {@code File})
     * @throws XMLStreamException when the file stops being well-formed inside the record
     */
    DecodedRecord decode(int position, Map<String, String> inherited, int line, int column)
            throws XMLStreamException {
        String recordPath = "/File/record[" + position + "]";
        schemaProblems.clear();
        replay.beginPart(recordPath);
        PartReader<RecordFields> part = reading.record();
        try {
            validator.setContentHandler(part.events());
            validator.setDocumentLocator(replay);
            validator.startDocument();
            replay.element(validator, inherited, true);
            validator.endDocument();
        } catch (SAXException e) {
            throw new IllegalStateException("record " + position + " could not be replayed: " + e.getMessage(), e);
        }
        RecordReading.Result read = RecordReading.read(part.fields(), position, recordPath + "/CP-ISRecord", line, column);
        if (schemaProblems.isEmpty() && read.problems().isEmpty()) {
            return new GoodRecord(read.record());
        }
        List<Problem> problems = new ArrayList<>(schemaProblems.found());
        problems.addAll(read.problems());
        return new RecordProblem(position, problems, read.record());
    }
}
