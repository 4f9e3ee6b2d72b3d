package org.cpis.gateway.codec.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.Stylesheets;
import org.cpis.gateway.codec.xml.SecureXml;
import org.xml.sax.SAXException;

/**
 * Decodes the {@code record} element under a StAX cursor on its own, in one pass over its events: validation
 * against the record-level schema ({@code REPC_MT000002GB01.record.xsd}) and a small Saxon tree of just that
 * record, then the {@code la-upload-decode} stylesheet and {@link RecordReading}. Only one record is held at
 * a time, so a file of any length decodes in bounded memory. One per reader: not thread-safe.
 */
final class RecordDecoder {

    private final Xslt30Transformer transformer;
    private final DocumentBuilder trees = Stylesheets.processor().newDocumentBuilder();
    private final SubtreeReplay replay;
    private final ValidatorHandler validator;
    private final SchemaProblems schemaProblems;

    RecordDecoder(Schema recordSchema, XsltExecutable stylesheet, XMLStreamReader xml) {
        this.transformer = stylesheet.load30();
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
        XdmNode tree;
        try {
            BuildingContentHandler builder = trees.newBuildingContentHandler();
            validator.setContentHandler(builder);
            validator.setDocumentLocator(replay);
            validator.startDocument();
            replay.element(validator, inherited, true);
            validator.endDocument();
            tree = builder.getDocumentNode();
        } catch (SAXException | SaxonApiException e) {
            throw new IllegalStateException("record " + position + " could not be replayed: " + e.getMessage(), e);
        }
        XdmNode internal;
        try {
            XdmDestination out = new XdmDestination();
            transformer.applyTemplates(tree, out);
            internal = out.getXdmNode();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("stylesheet failed on record " + position + ": " + e.getMessage(), e);
        }
        RecordReading.Result read = RecordReading.read(InternalReader.of(internal),
                position, recordPath + "/CP-ISRecord", line, column);
        List<Problem> problems = new ArrayList<>(schemaProblems.found());
        problems.addAll(read.problems());
        return problems.isEmpty() ? new GoodRecord(read.record()) : new RecordProblem(position, problems, read.record());
    }
}
