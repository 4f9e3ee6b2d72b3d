package org.cpis.gateway.codec;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;

/**
 * Reads an author slot ({@code npfitlc:contentId} then {@code COCT_TP145102GB01.AssignedAuthor} or
 * {@code COCT_TP145104GB01.System}) from validated SAX events into {@link AuthorFields}, taking what the
 * {@code author} template of {@code common-decode.xsl} takes: the person's code, first id (user id) and second
 * id (role profile id), name and represented organisation; the system's id, first indirect authority's
 * responsible person and maintaining organisation. A name is the first prefix, every given name, the first
 * family name and the first suffix, each with its white space normalised. The slot's owner passes it the
 * events inside the slot element, with their depth below it (1 for the slot's children). It reads a
 * schema-valid slot as the stylesheet does and never fails on an invalid one (whose message is refused for its
 * schema problems anyway). One per slot.
 */
public final class AuthorSlotEvents {

    private static final String HL7 = "urn:hl7-org:v3";
    private static final String NPFITLC = "NPFIT:HL7:Localisation";

    private enum State {
        IGNORED, PERSON, SYSTEM, INDIRECT_AUTHORITY, RESPONSIBLE, PERSON_HOLDER, NAME, NAME_PART, ORGANISATION,
        ORGANISATION_NAME
    }

    private final State[] states = new State[16];
    private State template;
    private String contentId;
    private String roleCode;
    private String roleCodeSystem;
    private String roleName;
    private int ids;
    private String userId;
    private String roleProfileId;
    private String asid;
    private boolean indirectAuthoritySeen;
    private boolean responsible;
    private String responsibleRoleCode;
    private String responsibleRoleName;
    private final NameParts name = new NameParts();
    private final NameParts responsibleName = new NameParts();
    private NameParts currentName;
    private String organisationCode;
    private boolean organisationNamed;
    private String organisationName;
    private final StringBuilder text = new StringBuilder();

    /** A start tag {@code depth} levels below the slot element (1: the slot's children). */
    public void startElement(int depth, String uri, String localName, Attributes atts) {
        if (depth > states.length) {
            return; // deeper than any template part: nothing to read there
        }
        State state = depth == 1 ? slotChild(uri, localName, atts) : child(states[depth - 2], uri, localName, atts);
        states[depth - 1] = state;
        if (state == State.NAME_PART || state == State.ORGANISATION_NAME) {
            text.setLength(0);
        }
    }

    /** The end tag of the element started at {@code depth}. */
    public void endElement(int depth, String localName) {
        State state = depth <= states.length ? states[depth - 1] : State.IGNORED;
        if (state == State.NAME_PART) {
            currentName.add(localName, WireText.normalizeSpace(text));
        } else if (state == State.ORGANISATION_NAME) {
            organisationName = WireText.normalizeSpace(text);
        }
    }

    /** Text {@code depth} levels below the slot element (inside the element started at that depth). */
    public void characters(int depth, char[] ch, int start, int length) {
        State state = depth >= 1 && depth <= states.length ? states[depth - 1] : State.IGNORED;
        if (state == State.NAME_PART || state == State.ORGANISATION_NAME) {
            text.append(ch, start, length);
        }
    }

    /** What was read: the person if the slot holds one, else the system; {@code null} when it holds neither. */
    public AuthorFields fields() {
        if (template == null) {
            return null;
        }
        boolean person = template == State.PERSON;
        AuthorFields.Responsible r = responsible
                ? new AuthorFields.Responsible(WireText.orNull(responsibleRoleCode), WireText.orNull(responsibleRoleName),
                        responsibleName.fields())
                : null;
        return new AuthorFields(person, WireText.orNull(contentId), WireText.orNull(roleCode),
                WireText.orNull(roleCodeSystem), WireText.orNull(roleName), WireText.orNull(userId),
                WireText.orNull(roleProfileId), person ? name.fields() : new AuthorFields.Name(null, null, null, null),
                WireText.orNull(asid), person ? null : r, WireText.orNull(organisationCode),
                WireText.orNull(organisationName));
    }

    private State slotChild(String uri, String localName, Attributes atts) {
        if (NPFITLC.equals(uri) && "contentId".equals(localName)) {
            contentId = WireText.join(contentId, atts.getValue("", "extension"));
            return State.IGNORED;
        }
        if (!HL7.equals(uri) || template != null) {
            return State.IGNORED; // the schema allows one template per slot
        }
        return switch (localName) {
            case "COCT_TP145102GB01.AssignedAuthor" -> template = State.PERSON;
            case "COCT_TP145104GB01.System" -> template = State.SYSTEM;
            default -> State.IGNORED;
        };
    }

    private State child(State parent, String uri, String localName, Attributes atts) {
        if (!HL7.equals(uri)) {
            return State.IGNORED;
        }
        return switch (parent) {
            case PERSON -> person(localName, atts);
            case SYSTEM -> system(localName, atts);
            case INDIRECT_AUTHORITY -> {
                if ("superiorAssignedEntity".equals(localName) && !responsible) {
                    responsible = true;
                    yield State.RESPONSIBLE;
                }
                yield State.IGNORED;
            }
            case RESPONSIBLE -> {
                if ("code".equals(localName)) {
                    responsibleRoleCode = WireText.join(responsibleRoleCode, atts.getValue("", "code"));
                    responsibleRoleName = WireText.join(responsibleRoleName, atts.getValue("", "displayName"));
                    yield State.IGNORED;
                }
                if ("assignedPerson".equals(localName)) {
                    currentName = responsibleName;
                    yield State.PERSON_HOLDER;
                }
                yield State.IGNORED;
            }
            case PERSON_HOLDER -> "name".equals(localName) ? State.NAME : State.IGNORED;
            case NAME -> switch (localName) {
                case "prefix", "given", "family", "suffix" -> State.NAME_PART;
                default -> State.IGNORED;
            };
            case ORGANISATION -> {
                if ("id".equals(localName)) {
                    organisationCode = WireText.join(organisationCode, atts.getValue("", "extension"));
                    yield State.IGNORED;
                }
                if ("name".equals(localName) && !organisationNamed) {
                    organisationNamed = true;
                    yield State.ORGANISATION_NAME;
                }
                yield State.IGNORED;
            }
            default -> State.IGNORED;
        };
    }

    private State person(String localName, Attributes atts) {
        switch (localName) {
            case "code" -> {
                roleCode = WireText.join(roleCode, atts.getValue("", "code"));
                roleCodeSystem = WireText.join(roleCodeSystem, atts.getValue("", "codeSystem"));
                roleName = WireText.join(roleName, atts.getValue("", "displayName"));
                return State.IGNORED;
            }
            case "id" -> {
                ids++;
                if (ids == 1) {
                    userId = atts.getValue("", "extension");
                } else if (ids == 2) {
                    roleProfileId = atts.getValue("", "extension");
                }
                return State.IGNORED;
            }
            case "assignedAuthorPerson" -> {
                currentName = name;
                return State.PERSON_HOLDER;
            }
            case "representedOrganization" -> {
                return State.ORGANISATION;
            }
            default -> {
                return State.IGNORED;
            }
        }
    }

    private State system(String localName, Attributes atts) {
        switch (localName) {
            case "id" -> {
                asid = WireText.join(asid, atts.getValue("", "extension"));
                return State.IGNORED;
            }
            case "indirectAuthority" -> {
                if (indirectAuthoritySeen) {
                    return State.IGNORED;
                }
                indirectAuthoritySeen = true;
                return State.INDIRECT_AUTHORITY;
            }
            case "maintainingOrganization" -> {
                return State.ORGANISATION;
            }
            default -> {
                return State.IGNORED;
            }
        }
    }

    /** The parts of the names of one person, as the {@code name} template reads them. */
    private static final class NameParts {
        private String prefix;
        private final List<String> given = new ArrayList<>(2);
        private String family;
        private String suffix;
        private boolean prefixSeen;
        private boolean familySeen;
        private boolean suffixSeen;

        void add(String part, String value) {
            switch (part) {
                case "prefix" -> {
                    if (!prefixSeen) {
                        prefixSeen = true;
                        prefix = value;
                    }
                }
                case "given" -> given.add(value);
                case "family" -> {
                    if (!familySeen) {
                        familySeen = true;
                        family = value;
                    }
                }
                case "suffix" -> {
                    if (!suffixSeen) {
                        suffixSeen = true;
                        suffix = value;
                    }
                }
                default -> {
                }
            }
        }

        AuthorFields.Name fields() {
            return new AuthorFields.Name(WireText.orNull(prefix), given.isEmpty() ? null : WireText.orNull(String.join(" ", given)),
                    WireText.orNull(family), WireText.orNull(suffix));
        }
    }
}
