package org.cpis.gateway.codec;

import org.cpis.core.model.Organisation;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.WorkerName;

/**
 * Writes an author slot's content (contentId, then the person or system template) straight to the wire, as the
 * {@code author-slot-content} template of {@code common-encode.xsl} does from {@link AuthorMapping}'s internal
 * XML: the person's job role with its code system, SDS user id and role profile id ({@code nullFlavor="NI"} when
 * unknown), name and organisation; the system's ASID, responsible person and organisation. Several given names
 * travel as one {@code given} element each.
 */
public final class AuthorWireWriting {

    private AuthorWireWriting() {
    }

    /** The content of an author slot, inside its (already started) slot element. */
    public static void write(WireWriter w, QueryAuthor author) {
        if (author instanceof QueryAuthor.Person p) {
            w.contentId(WireOids.CONTENT_ID, AuthorMapping.PERSON_CONTENT_ID);
            w.start("COCT_TP145102GB01.AssignedAuthor");
            w.start("code").attribute("code", p.role().value()).attribute("codeSystem", WireOids.JOB_ROLE_SYSTEM)
                    .attribute("displayName", p.roleName()).end();
            w.leaf("id", "root", WireOids.SDS_USER, "extension", p.sdsUserId());
            if (p.sdsRoleProfileId() != null) {
                w.leaf("id", "root", WireOids.SDS_ROLE_PROFILE, "extension", p.sdsRoleProfileId());
            } else {
                w.leaf("id", "nullFlavor", "NI");
            }
            w.start("assignedAuthorPerson");
            name(w, p.name());
            w.end();
            w.start("representedOrganization");
            organisation(w, p.organisation());
            w.end();
            w.end();
            return;
        }
        QueryAuthor.System s = (QueryAuthor.System) author;
        w.contentId(WireOids.CONTENT_ID, AuthorMapping.SYSTEM_CONTENT_ID);
        w.start("COCT_TP145104GB01.System");
        w.leaf("id", "root", WireOids.ASID, "extension", s.asid().value());
        if (s.responsiblePerson() != null) {
            w.start("indirectAuthority").start("superiorAssignedEntity");
            w.start("code").attribute("code", s.responsibleRole() == null ? null : s.responsibleRole().value())
                    .attribute("codeSystem", WireOids.RESPONSIBLE_ROLE_SYSTEM).attribute("displayName", s.responsibleRoleName()).end();
            w.start("assignedPerson");
            name(w, s.responsiblePerson());
            w.end();
            w.end().end();
        }
        w.start("maintainingOrganization");
        organisation(w, s.organisation());
        w.end();
        w.end();
    }

    /** An organisation's content: its ODS code and name. */
    public static void organisation(WireWriter w, Organisation org) {
        w.leaf("id", "root", WireOids.ODS_ORGANISATION, "extension", org.code().value());
        w.text("name", org.name());
    }

    /** An HL7 PN: prefix, each given name, family, suffix; parts the name has not are left out. */
    private static void name(WireWriter w, WorkerName n) {
        w.start("name");
        if (n.prefix() != null) {
            w.text("prefix", n.prefix());
        }
        if (n.given() != null) {
            for (String given : WireText.normalizeSpace(n.given()).split(" ")) {
                if (!given.isEmpty()) {
                    w.text("given", given);
                }
            }
        }
        if (n.family() != null) {
            w.text("family", n.family());
        }
        if (n.suffix() != null) {
            w.text("suffix", n.suffix());
        }
        w.end();
    }
}
