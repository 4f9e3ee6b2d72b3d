package org.cpis.core.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.LocalAuthority;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.model.TelephoneNumber;
import org.cpis.core.model.WorkerName;
import org.cpis.core.port.OrganisationDirectory;
import org.cpis.core.upload.UploadFile;
import org.cpis.core.upload.UploadRecord;
import org.cpis.core.upload.UploadedLocalAuthority;

/**
 * Test data. NHS numbers are from the range 999 000 0000 - 999 999 9999, never issued to real patients, and
 * pass Modulus 11.
 */
public final class Fixtures {

    public static final String NHS_A = "9990000018";
    public static final String NHS_B = "9990000026";
    public static final String NHS_C = "9990000034";
    public static final String NHS_D = "9990000042";
    public static final String NHS_E = "9990000050";
    public static final String NHS_F = "9990000069";
    /** Ten digits whose last digit is not the Modulus 11 check digit. */
    public static final String NHS_BAD_CHECK_DIGIT = "9990000019";

    public static final UploadedLocalAuthority LA_X = new UploadedLocalAuthority("X09", "Exampleshire County Council",
            "01632960001", "01632960002");
    public static final UploadedLocalAuthority LA_Y = new UploadedLocalAuthority("Y05", "Sampleton Borough Council",
            "01632960101", null);

    public static final Organisation ED = new Organisation(OdsCode.of("RX1"), "Example Hospitals NHS Trust");
    public static final Organisation AMBULANCE = new Organisation(OdsCode.of("RX9"), "Example Ambulance Service");

    private Fixtures() {
    }

    public static LocalAuthority la(UploadedLocalAuthority u) {
        return u.validated().orElseThrow();
    }

    public static Plan cpp(String start) {
        return Plan.of(PlanType.CPP, LocalDate.parse(start), null, null);
    }

    public static Plan plan(PlanType type, String start, String end, String delete) {
        return Plan.of(type, LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                delete == null ? null : LocalDate.parse(delete));
    }

    public static UploadRecord child(int position, String nhs, String localId, String given, String family,
                                     String dob, Plan... plans) {
        return new UploadRecord(position, SubjectKind.CHILD, nhs, localId, new PersonName(given, family),
                dob == null ? null : LocalDate.parse(dob), List.of(plans));
    }

    public static UploadRecord unborn(int position, String motherNhs, String localId, String given, String family,
                                      String dob, Plan... plans) {
        return new UploadRecord(position, SubjectKind.UNBORN_CHILD, motherNhs, localId, new PersonName(given, family),
                dob == null ? null : LocalDate.parse(dob), List.of(plans));
    }

    public static UploadFile file(UploadedLocalAuthority la, String seq, UploadRecord... records) {
        return new UploadFile(seq, Instant.parse("2026-01-10T09:00:00Z"), records.length, la, List.of(records),
                "hash-" + la.odsCode() + "-" + seq);
    }

    public static LocalAuthorityEntry entry(String nhs, UploadedLocalAuthority la, String dob, Plan... plans) {
        return new LocalAuthorityEntry(NhsNumber.of(nhs), la(la), "LOCAL-" + nhs, SubjectKind.CHILD,
                dob == null ? null : LocalDate.parse(dob), List.of(plans), "1", Instant.parse("2026-01-01T00:00:00Z"));
    }

    public static QueryAuthor.Person nurse(String userId) {
        return new QueryAuthor.Person(userId, "RP" + userId, JobRoleCode.of("S0030:G0100:R0570"), "Nurse",
                new WorkerName("Ms", "Nia", "Nurse" + userId, null), ED);
    }

    public static QueryAuthor.Person midwife(String userId) {
        return new QueryAuthor.Person(userId, "RP" + userId, JobRoleCode.of("S0030:G0100:R0680"), "Midwife",
                new WorkerName(null, "Mo", "Midwife" + userId, null), ED);
    }

    public static QueryAuthor.System system(String asid) {
        return new QueryAuthor.System(Asid.of(asid), AMBULANCE, WorkerName.of("Sam", "Supervisor"),
                JobRoleCode.of("R0260"), "General Medical Practitioner");
    }

    public static UUID id(int n) {
        return new UUID(0xABCL, n);
    }

    public static OrganisationDirectory directory(Map<String, String> names) {
        return code -> Optional.ofNullable(names.get(code.value()));
    }

    public static OrganisationDirectory emptyDirectory() {
        return code -> Optional.empty();
    }

    public static TelephoneNumber tel(String digits) {
        return TelephoneNumber.of(digits);
    }
}
