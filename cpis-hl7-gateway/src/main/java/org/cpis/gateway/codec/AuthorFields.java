package org.cpis.gateway.codec;

/**
 * An author template of the wire (a smartcard user, {@code COCT_TP145102GB01.AssignedAuthor}, or a system,
 * {@code COCT_TP145104GB01.System}) as read, before any rule: each value as the wire carries it, names with
 * their white space normalised, {@code null} when absent or empty. Both ways of decoding give one - the
 * stylesheets' internal XML ({@link #of(InternalReader)}) and the decoders that read validated events straight
 * into fields - and {@link AuthorMapping} makes the domain's author of it, so that the rules are the same
 * whichever way the message was read.
 *
 * @param person      a smartcard user; else a system
 * @param contentId   the slot's {@code npfitlc:contentId/@extension}
 * @param roleCode    the person's job role code ({@code code/@code})
 * @param userId      the person's first id's extension (the SDS user id)
 * @param asid        the system's ASID
 * @param responsible the system's responsible person, or {@code null}
 */
public record AuthorFields(boolean person, String contentId, String roleCode, String roleCodeSystem, String roleName,
                           String userId, String roleProfileId, Name name, String asid, Responsible responsible,
                           String organisationCode, String organisationName) {

    /** The parts of an HL7 PN: the first prefix, every given name joined by one space, the first family, the first suffix. */
    public record Name(String prefix, String given, String family, String suffix) {

        static Name of(InternalReader r) {
            return new Name(r.text("prefix"), r.text("given"), r.text("family"), r.text("suffix"));
        }
    }

    /** A system's responsible person ({@code indirectAuthority/superiorAssignedEntity}). */
    public record Responsible(String roleCode, String roleName, Name name) {
    }

    /** The fields of an {@code author} element of a decoding stylesheet's internal XML. */
    public static AuthorFields of(InternalReader author) {
        InternalReader organisation = author.required("organisation");
        Responsible responsible = author.child("responsible")
                .map(r -> new Responsible(r.text("roleCode"), r.text("roleName"), Name.of(r)))
                .orElse(null);
        return new AuthorFields("person".equals(author.requiredText("kind")), author.text("contentId"),
                author.text("roleCode"), author.text("roleCodeSystem"), author.text("roleName"), author.text("userId"),
                author.text("roleProfileId"), Name.of(author), author.text("asid"), responsible,
                organisation.text("code"), organisation.text("name"));
    }
}
