package org.cpis.gateway.codec.query;

import java.util.ArrayList;
import java.util.List;
import org.cpis.gateway.codec.AuthorSlotEvents;
import org.cpis.gateway.codec.ControlAct;
import org.cpis.gateway.codec.HeaderFields;
import org.cpis.gateway.codec.WireText;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an NHS Query (QUPC_IN000006GB01) straight from its validated SAX events into {@link NhsQueryFields},
 * taking what {@code nhs-query-decode.xsl} takes: the transmission header, the control act's authors, and the
 * query's id, time, NHS number, {@code accessEventType} and author (through {@link AuthorSlotEvents}). No tree
 * is built: each value is taken from the attributes as its element starts. It reads a schema-valid message as
 * the stylesheet does and never fails on an invalid one, whose fields are not used (its schema problems refuse
 * it). One per message.
 */
final class NhsQueryEvents extends DefaultHandler {

    private static final String HL7 = "urn:hl7-org:v3";

    private enum State {
        IGNORED, INTERACTION, RECEIVER, RECEIVER_DEVICE, SENDER, SENDER_DEVICE, CONTROL_ACT, AUTHOR1, AGENT_SYSTEM,
        SYSTEM_SDS, CONTROL_ACT_AUTHOR, AGENT_PERSON, PERSON_SDS, PART, PART_ROLE, SUBJECT, QUERY_STUB, QUERY,
        QUERY_BY_PARAMETER, NHS_NUMBER_PARAMETER, AUTHOR_SLOT
    }

    private final State[] states = new State[32];
    private int depth;

    private String messageId;
    private String creationTime;
    private String versionCode;
    private String interactionId;
    private String processingCode;
    private String processingModeCode;
    private String acceptAckCode;
    private final List<String> receivers = new ArrayList<>(1);
    private String sender;

    private final List<String> authorAsids = new ArrayList<>(2);
    private boolean personSeen;
    private String roleProfileId;
    private String userId;
    private String jobRoleId;

    private boolean querySeen;
    private String queryId;
    private String effectiveTime;
    private String nhsNumber;
    private boolean accessEventTypeSent;
    private String accessEventType;
    private AuthorSlotEvents author;
    private int authorSlotDepth;

    /** What was read. */
    NhsQueryFields fields() {
        ControlAct.SdsPerson person = personSeen ? new ControlAct.SdsPerson(WireText.orNull(roleProfileId),
                WireText.orNull(userId), WireText.orNull(jobRoleId)) : null;
        HeaderFields header = new HeaderFields(WireText.orNull(messageId), WireText.orNull(creationTime),
                WireText.orNull(versionCode), WireText.orNull(interactionId), WireText.orNull(processingCode),
                WireText.orNull(processingModeCode), WireText.orNull(acceptAckCode), receivers, WireText.orNull(sender));
        return new NhsQueryFields(header, authorAsids, person, WireText.orNull(queryId), WireText.orNull(effectiveTime),
                WireText.orNull(nhsNumber), accessEventTypeSent ? WireText.orNull(accessEventType) : null,
                author == null ? null : author.fields());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        depth++;
        if (authorSlotDepth > 0) {
            author.startElement(depth - authorSlotDepth, uri, localName, atts);
            return;
        }
        if (depth > states.length) {
            return;
        }
        State parent = depth == 1 ? null : states[depth - 2];
        State state = HL7.equals(uri) ? next(parent, localName, atts) : State.IGNORED;
        states[depth - 1] = state;
        if (state == State.AUTHOR_SLOT) {
            authorSlotDepth = depth;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (authorSlotDepth > 0) {
            if (depth == authorSlotDepth) {
                authorSlotDepth = 0;
            } else {
                author.endElement(depth - authorSlotDepth, localName);
            }
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (authorSlotDepth > 0 && depth > authorSlotDepth) {
            author.characters(depth - authorSlotDepth, ch, start, length);
        }
    }

    private State next(State parent, String name, Attributes atts) {
        if (parent == null) {
            return "QUPC_IN000006GB01".equals(name) ? State.INTERACTION : State.IGNORED;
        }
        return switch (parent) {
            case INTERACTION -> interactionChild(name, atts);
            case RECEIVER -> "device".equals(name) ? State.RECEIVER_DEVICE : State.IGNORED;
            case RECEIVER_DEVICE -> {
                if ("id".equals(name)) {
                    receivers.add(value(atts, "extension"));
                }
                yield State.IGNORED;
            }
            case SENDER -> "device".equals(name) ? State.SENDER_DEVICE : State.IGNORED;
            case SENDER_DEVICE -> {
                if ("id".equals(name)) {
                    sender = WireText.join(sender, atts.getValue("", "extension"));
                }
                yield State.IGNORED;
            }
            case CONTROL_ACT -> controlActChild(name);
            case AUTHOR1 -> "AgentSystemSDS".equals(name) ? State.AGENT_SYSTEM : State.IGNORED;
            case AGENT_SYSTEM -> "agentSystemSDS".equals(name) ? State.SYSTEM_SDS : State.IGNORED;
            case SYSTEM_SDS -> {
                if ("id".equals(name)) {
                    authorAsids.add(value(atts, "extension"));
                }
                yield State.IGNORED;
            }
            case CONTROL_ACT_AUTHOR -> {
                if ("AgentPersonSDS".equals(name) && !personSeen) {
                    personSeen = true; // the first smartcard user is the control act's
                    yield State.AGENT_PERSON;
                }
                yield State.IGNORED;
            }
            case AGENT_PERSON -> agentPersonChild(name, atts);
            case PERSON_SDS -> {
                if ("id".equals(name)) {
                    userId = WireText.join(userId, atts.getValue("", "extension"));
                }
                yield State.IGNORED;
            }
            case PART -> "partSDSRole".equals(name) ? State.PART_ROLE : State.IGNORED;
            case PART_ROLE -> {
                if ("id".equals(name)) {
                    jobRoleId = WireText.join(jobRoleId, atts.getValue("", "extension"));
                }
                yield State.IGNORED;
            }
            case SUBJECT -> "CP-ISQueryStub".equals(name) ? State.QUERY_STUB : State.IGNORED;
            case QUERY_STUB -> {
                if ("cP-ISNHSQuery".equals(name) && !querySeen) {
                    querySeen = true; // the schema allows one
                    yield State.QUERY;
                }
                yield State.IGNORED;
            }
            case QUERY -> queryChild(name, atts);
            case QUERY_BY_PARAMETER -> "person.NHSnumber".equals(name) ? State.NHS_NUMBER_PARAMETER : State.IGNORED;
            case NHS_NUMBER_PARAMETER -> {
                if ("value".equals(name)) {
                    nhsNumber = WireText.join(nhsNumber, atts.getValue("", "extension"));
                }
                yield State.IGNORED;
            }
            default -> State.IGNORED;
        };
    }

    private State interactionChild(String name, Attributes atts) {
        switch (name) {
            case "id" -> messageId = WireText.join(messageId, atts.getValue("", "root"));
            case "creationTime" -> creationTime = WireText.join(creationTime, atts.getValue("", "value"));
            case "versionCode" -> versionCode = WireText.join(versionCode, atts.getValue("", "code"));
            case "interactionId" -> interactionId = WireText.join(interactionId, atts.getValue("", "extension"));
            case "processingCode" -> processingCode = WireText.join(processingCode, atts.getValue("", "code"));
            case "processingModeCode" -> processingModeCode = WireText.join(processingModeCode, atts.getValue("", "code"));
            case "acceptAckCode" -> acceptAckCode = WireText.join(acceptAckCode, atts.getValue("", "code"));
            case "communicationFunctionRcv" -> {
                return State.RECEIVER;
            }
            case "communicationFunctionSnd" -> {
                return State.SENDER;
            }
            case "ControlActEvent" -> {
                return State.CONTROL_ACT;
            }
            default -> {
            }
        }
        return State.IGNORED;
    }

    private static State controlActChild(String name) {
        return switch (name) {
            case "author1" -> State.AUTHOR1;
            case "author" -> State.CONTROL_ACT_AUTHOR;
            case "subject" -> State.SUBJECT;
            default -> State.IGNORED;
        };
    }

    private State agentPersonChild(String name, Attributes atts) {
        switch (name) {
            case "id" -> {
                roleProfileId = WireText.join(roleProfileId, atts.getValue("", "extension"));
                return State.IGNORED;
            }
            case "agentPersonSDS" -> {
                return State.PERSON_SDS;
            }
            case "part" -> {
                return State.PART;
            }
            default -> {
                return State.IGNORED;
            }
        }
    }

    private State queryChild(String name, Attributes atts) {
        switch (name) {
            case "id" -> queryId = WireText.join(queryId, atts.getValue("", "root"));
            case "effectiveTime" -> effectiveTime = WireText.join(effectiveTime, atts.getValue("", "value"));
            case "queryByParameter" -> {
                return State.QUERY_BY_PARAMETER;
            }
            case "accessEventType" -> {
                accessEventTypeSent = true;
                accessEventType = WireText.join(accessEventType, atts.getValue("", "value"));
            }
            case "author" -> {
                if (author == null) {
                    author = new AuthorSlotEvents(); // the schema allows one author slot
                    return State.AUTHOR_SLOT;
                }
            }
            default -> {
            }
        }
        return State.IGNORED;
    }

    private static String value(Attributes atts, String name) {
        String v = atts.getValue("", name);
        return v == null ? "" : v;
    }
}
