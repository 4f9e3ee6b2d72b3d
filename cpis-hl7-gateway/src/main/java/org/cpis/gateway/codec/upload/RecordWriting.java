package org.cpis.gateway.codec.upload;

import java.util.List;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.upload.UploadRecord;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.InternalWriter;

/**
 * Writes an {@link UploadRecord} as the internal XML {@code la-upload-record-encode} turns into plan and subject
 * slots. What the templates need: every plan a start date and a UCPP an end date; a subject at least one id; a
 * child's birth date and names travel together ({@code childPerson}); a mother's name needs both parts.
 * <ul>
 *   <li>{@link #writeStrict} (an upload the LA sends) refuses, with {@link IllegalArgumentException}, a record
 *       that cannot be written whole: nothing the LA meant to send may be lost on the way.</li>
 *   <li>{@link #writeReturned} (a record the acknowledgement returns) writes what can be written and leaves
 *       out the rest; {@link #isReturnable} says whether anything schema-valid remains.</li>
 * </ul>
 */
final class RecordWriting {

    private RecordWriting() {
    }

    static void writeStrict(InternalWriter w, UploadRecord r, UploadedLocalAuthority la) {
        String record = "record " + r.position() + ": ";
        if (r.plans().isEmpty()) {
            throw new IllegalArgumentException(record + "an upload record carries at least one plan");
        }
        for (Plan p : r.plans()) {
            if (!writable(p)) {
                throw new IllegalArgumentException(record + "the " + p.type() + " has no "
                        + (p.start() == null ? "start date" : "end date (due date)"));
            }
        }
        if (!hasId(r)) {
            throw new IllegalArgumentException(record + "neither an NHS number nor a local id");
        }
        boolean fullName = r.name().hasGiven() && r.name().hasFamily();
        if (r.name().hasGiven() != r.name().hasFamily()) {
            throw new IllegalArgumentException(record + "a name is sent with both its given and family parts");
        }
        if (r.subjectKind() == SubjectKind.CHILD && fullName != (r.birthDate() != null)) {
            throw new IllegalArgumentException(record + "a child's birth date and names are sent together or not at all");
        }
        write(w, r, la, r.plans());
    }

    /** Writes the returnable parts of a record: the plans with their dates, the subject with what it has. */
    static void writeReturned(InternalWriter w, UploadRecord r, UploadedLocalAuthority la, boolean withPlans) {
        write(w, r, la, withPlans ? r.plans().stream().filter(RecordWriting::writable).toList() : List.of());
    }

    /** Whether the record can be returned schema-valid: an id, and (for a refused record) a writable plan. */
    static boolean isReturnable(UploadRecord r, boolean withPlans) {
        return hasId(r) && (!withPlans || r.plans().stream().anyMatch(RecordWriting::writable));
    }

    private static void write(InternalWriter w, UploadRecord r, UploadedLocalAuthority la, List<Plan> plans) {
        for (Plan p : plans) {
            w.start("plan").leaf("type", p.type().name())
                    .leaf("start", Hl7Time.formatPlanDate(p.start()))
                    .leaf("end", p.end() == null ? null : Hl7Time.formatPlanDate(p.end()))
                    .leaf("delete", p.delete() == null ? null : Hl7Time.formatPlanDate(p.delete()))
                    .end();
        }
        w.start("subject").leaf("kind", r.subjectKind() == SubjectKind.UNBORN_CHILD ? "unborn" : "child")
                .leaf("nhsNumber", blankToNull(r.nhsNumber()))
                .leaf("localId", blankToNull(r.localId()))
                .leaf("assigningAuthority", assigningAuthority(r, la));
        PersonName n = r.name();
        boolean fullName = n.hasGiven() && n.hasFamily();
        if (r.subjectKind() == SubjectKind.UNBORN_CHILD || (fullName && r.birthDate() != null)) {
            w.start("person").leaf("birthTime", r.birthDate() == null ? null : Hl7Time.formatDate(r.birthDate()));
            if (fullName) {
                w.leaf("given", n.given().strip()).leaf("family", n.family().strip());
            }
            w.end();
        }
        w.end();
    }

    /** The DMS convention for a local id's assigning authority: {@code ODSCode:ODSName} of the LA. */
    private static String assigningAuthority(UploadRecord r, UploadedLocalAuthority la) {
        if (blankToNull(r.localId()) == null || blankToNull(la.odsCode()) == null) {
            return null;
        }
        return la.odsCode().strip() + (blankToNull(la.name()) == null ? "" : ":" + la.name().strip());
    }

    private static boolean writable(Plan p) {
        return p.start() != null && (p.type() != PlanType.UCPP || p.end() != null);
    }

    private static boolean hasId(UploadRecord r) {
        return blankToNull(r.nhsNumber()) != null || blankToNull(r.localId()) != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
