package org.cpis.gateway.codec.upload;

import java.util.ArrayList;
import java.util.List;
import org.cpis.gateway.codec.WireText;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one upload record straight from its validated SAX events (the {@code record} element as a document of
 * its own) into {@link RecordFields}, taking exactly what {@code la-upload-record-decode.xsl} takes, for a
 * record that broke the schema too: from each {@code CP-ISRecord/pertinentInformation} its template's name
 * (the first element other than {@code npfitlc:contentId}), the contentIds' extensions and the template's
 * {@code component*}/any/{@code value/@value} dates; from each {@code CP-ISRecord/subject} its template's name,
 * contentIds, the {@code id}s of the template and of its persons' {@code playedMother} (NHS number and local id
 * by root), and the persons' given and family names (normalised, joined by one space) and birth times. Several
 * values of one attribute are joined by one space, as {@code xsl:value-of} does. No tree is built. One per
 * record.
 */
final class RecordEvents extends DefaultHandler implements PartReader<RecordFields> {

    private static final String HL7 = "urn:hl7-org:v3";
    private static final String NPFITLC = "NPFIT:HL7:Localisation";
    private static final String NHS_NUMBER_ROOT = "2.16.840.1.113883.2.1.4.1";
    private static final String LOCAL_ID_ROOT = "2.16.840.1.113883.2.1.3.2.4.18.24";

    private enum State {
        IGNORED, RECORD, CP_IS_RECORD, PLAN_SLOT, PLAN_TEMPLATE, START, END, DELETE, START_DATE, END_DATE, DELETE_DATE,
        SUBJECT_SLOT, SUBJECT_TEMPLATE, PERSON, PLAYED_MOTHER, NAME
    }

    /** Deeper than any part of a record the stylesheet reads. */
    private static final int DEPTH = 16;

    private final State[] states = new State[DEPTH];
    private int depth;
    private final List<PlanSlot> plans = new ArrayList<>(3);
    private final List<SubjectSlot> subjects = new ArrayList<>(1);
    private PlanSlot plan;
    private SubjectSlot subject;
    /** The name part whose text is being gathered (all text below it), and the depth it started at. */
    private List<String> namePart;
    private int namePartDepth;
    private final StringBuilder text = new StringBuilder();

    @Override
    public ContentHandler events() {
        return this;
    }

    @Override
    public RecordFields fields() {
        List<RecordFields.Plan> p = new ArrayList<>(plans.size());
        for (PlanSlot slot : plans) {
            p.add(new RecordFields.Plan(slot.template, WireText.orNull(slot.contentId), WireText.orNull(slot.start),
                    WireText.orNull(slot.end), WireText.orNull(slot.delete)));
        }
        List<RecordFields.Subject> s = new ArrayList<>(subjects.size());
        for (SubjectSlot slot : subjects) {
            s.add(new RecordFields.Subject(slot.template, WireText.orNull(slot.contentId), slot.nhsNumbers, slot.localIds,
                    WireText.orNull(String.join(" ", slot.given)), WireText.orNull(String.join(" ", slot.family)),
                    WireText.orNull(slot.birthTime)));
        }
        return new RecordFields(p, s);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        depth++;
        if (depth > DEPTH) {
            return;
        }
        State state = depth == 1 ? (HL7.equals(uri) && "record".equals(localName) ? State.RECORD : State.IGNORED)
                : child(states[depth - 2], uri, localName, atts);
        states[depth - 1] = state;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (namePart != null && depth == namePartDepth) {
            namePart.add(WireText.normalizeSpace(text));
            namePart = null;
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (namePart != null) {
            text.append(ch, start, length);
        }
    }

    private State child(State parent, String uri, String name, Attributes atts) {
        boolean hl7 = HL7.equals(uri);
        return switch (parent) {
            case RECORD -> hl7 && "CP-ISRecord".equals(name) ? State.CP_IS_RECORD : State.IGNORED;
            case CP_IS_RECORD -> {
                if (hl7 && "pertinentInformation".equals(name)) {
                    plans.add(plan = new PlanSlot());
                    yield State.PLAN_SLOT;
                }
                if (hl7 && "subject".equals(name)) {
                    subjects.add(subject = new SubjectSlot());
                    yield State.SUBJECT_SLOT;
                }
                yield State.IGNORED;
            }
            case PLAN_SLOT -> {
                if (NPFITLC.equals(uri) && "contentId".equals(name)) {
                    plan.contentId = WireText.join(plan.contentId, atts.getValue("", "extension"));
                    yield State.IGNORED;
                }
                if (plan.template == null) {
                    plan.template = name;
                    yield State.PLAN_TEMPLATE;
                }
                yield State.IGNORED;
            }
            case PLAN_TEMPLATE -> !hl7 ? State.IGNORED : switch (name) {
                case "component" -> State.START;
                case "component1" -> State.END;
                case "component2" -> State.DELETE;
                default -> State.IGNORED;
            };
            case START -> State.START_DATE;
            case END -> State.END_DATE;
            case DELETE -> State.DELETE_DATE;
            case START_DATE, END_DATE, DELETE_DATE -> {
                if (hl7 && "value".equals(name)) {
                    String value = atts.getValue("", "value");
                    switch (parent) {
                        case START_DATE -> plan.start = WireText.join(plan.start, value);
                        case END_DATE -> plan.end = WireText.join(plan.end, value);
                        default -> plan.delete = WireText.join(plan.delete, value);
                    }
                }
                yield State.IGNORED;
            }
            case SUBJECT_SLOT -> {
                if (NPFITLC.equals(uri) && "contentId".equals(name)) {
                    subject.contentId = WireText.join(subject.contentId, atts.getValue("", "extension"));
                    yield State.IGNORED;
                }
                if (subject.template == null) {
                    subject.template = name;
                    yield State.SUBJECT_TEMPLATE;
                }
                yield State.IGNORED;
            }
            case SUBJECT_TEMPLATE -> {
                if (hl7 && "id".equals(name)) {
                    subject.id(atts);
                    yield State.IGNORED;
                }
                yield hl7 && ("childPerson".equals(name) || "parentMotherPerson".equals(name)) ? State.PERSON : State.IGNORED;
            }
            case PERSON -> {
                if (!hl7) {
                    yield State.IGNORED;
                }
                switch (name) {
                    case "name" -> {
                        yield State.NAME;
                    }
                    case "playedMother" -> {
                        yield State.PLAYED_MOTHER;
                    }
                    case "birthTime" -> subject.birthTime = WireText.join(subject.birthTime, atts.getValue("", "value"));
                    default -> {
                    }
                }
                yield State.IGNORED;
            }
            case PLAYED_MOTHER -> {
                if (hl7 && "id".equals(name)) {
                    subject.id(atts);
                }
                yield State.IGNORED;
            }
            case NAME -> {
                if (hl7 && ("given".equals(name) || "family".equals(name))) {
                    namePart = "given".equals(name) ? subject.given : subject.family;
                    namePartDepth = depth;
                    text.setLength(0);
                }
                yield State.IGNORED;
            }
            default -> State.IGNORED;
        };
    }

    private static final class PlanSlot {
        String template;
        String contentId;
        String start;
        String end;
        String delete;
    }

    private static final class SubjectSlot {
        String template;
        String contentId;
        final List<String> nhsNumbers = new ArrayList<>(1);
        final List<String> localIds = new ArrayList<>(1);
        final List<String> given = new ArrayList<>(1);
        final List<String> family = new ArrayList<>(1);
        String birthTime;

        /** An id of the template or of a person's {@code playedMother}: kept by its root. */
        void id(Attributes atts) {
            String root = atts.getValue("", "root");
            if (NHS_NUMBER_ROOT.equals(root)) {
                nhsNumbers.add(extension(atts));
            } else if (LOCAL_ID_ROOT.equals(root)) {
                localIds.add(extension(atts));
            }
        }

        private static String extension(Attributes atts) {
            String v = atts.getValue("", "extension");
            return v == null ? "" : v;
        }
    }
}
