package org.cpis.gateway.codec.upload;

import java.util.ArrayList;
import java.util.List;
import org.cpis.gateway.codec.WireText;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the header of an LA Upload straight from its validated SAX events into {@link UploadHeaderFields}, taking
 * what {@code la-upload-decode.xsl} takes from the {@code File} element: {@code creationTime/@value},
 * {@code id/@extension}, {@code transmissionQuantity/@value} and the sending Local Authority
 * ({@code communicationFunctionSnd/organisation}: id, first name normalised, every telecom). No tree is built.
 * One per file.
 */
final class UploadHeaderEvents extends DefaultHandler implements PartReader<UploadHeaderFields> {

    private static final String HL7 = "urn:hl7-org:v3";

    private enum State {
        IGNORED, FILE, SENDER, ORGANISATION
    }

    private final State[] states = new State[8];
    private int depth;
    private String creationTime;
    private String sequenceId;
    private String declaredRecordCount;
    private String odsCode;
    private boolean named;
    private int nameDepth;
    private final StringBuilder name = new StringBuilder();
    private String organisationName;
    private final List<UploadHeaderFields.Telecom> telecoms = new ArrayList<>(2);

    @Override
    public ContentHandler events() {
        return this;
    }

    @Override
    public UploadHeaderFields fields() {
        return new UploadHeaderFields(WireText.orNull(creationTime), WireText.orNull(sequenceId),
                WireText.orNull(declaredRecordCount), new UploadHeaderFields.LocalAuthorityFields(WireText.orNull(odsCode),
                WireText.orNull(organisationName), telecoms));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        depth++;
        if (depth > states.length) {
            return;
        }
        State parent = depth == 1 ? null : states[depth - 2];
        states[depth - 1] = HL7.equals(uri) ? child(parent, localName, atts) : State.IGNORED;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (nameDepth > 0 && depth == nameDepth) {
            organisationName = WireText.normalizeSpace(name);
            nameDepth = 0;
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (nameDepth > 0) {
            name.append(ch, start, length);
        }
    }

    private State child(State parent, String localName, Attributes atts) {
        if (parent == null) {
            return "File".equals(localName) ? State.FILE : State.IGNORED;
        }
        switch (parent) {
            case FILE -> {
                switch (localName) {
                    case "creationTime" -> creationTime = WireText.join(creationTime, atts.getValue("", "value"));
                    case "id" -> sequenceId = WireText.join(sequenceId, atts.getValue("", "extension"));
                    case "transmissionQuantity" ->
                            declaredRecordCount = WireText.join(declaredRecordCount, atts.getValue("", "value"));
                    case "communicationFunctionSnd" -> {
                        return State.SENDER;
                    }
                    default -> {
                    }
                }
            }
            case SENDER -> {
                if ("organisation".equals(localName)) {
                    return State.ORGANISATION;
                }
            }
            case ORGANISATION -> {
                switch (localName) {
                    case "id" -> odsCode = WireText.join(odsCode, atts.getValue("", "extension"));
                    case "name" -> {
                        if (!named) {
                            named = true; // the first name is the Local Authority's
                            nameDepth = depth;
                        }
                    }
                    case "telecom" -> telecoms.add(new UploadHeaderFields.Telecom(
                            WireText.orNull(atts.getValue("", "value")), WireText.orNull(atts.getValue("", "use"))));
                    default -> {
                    }
                }
            }
            default -> {
            }
        }
        return State.IGNORED;
    }
}
