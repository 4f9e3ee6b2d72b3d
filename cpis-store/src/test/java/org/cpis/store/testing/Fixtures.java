package org.cpis.store.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.LocalAuthority;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.model.TelephoneNumber;
import org.cpis.core.model.WorkerName;

/** Fixed test data: NHS numbers from the test range 999 000 0000 - 999 999 9999, fixed times and ids. */
public final class Fixtures {

    public static final NhsNumber CHILD = NhsNumber.of("9990000018");
    public static final NhsNumber SISTER = NhsNumber.of("9990000026");
    public static final NhsNumber MOTHER = NhsNumber.of("9990000034");
    public static final NhsNumber UNKNOWN = NhsNumber.of("9990000042");
    public static final NhsNumber COUSIN = NhsNumber.of("9990000050");
    public static final NhsNumber NEIGHBOUR = NhsNumber.of("9990000069");

    public static final LocalAuthority EXAMPLESHIRE = new LocalAuthority(OdsCode.of("X09"),
            "Exampleshire County Council", TelephoneNumber.of("01632960001"), TelephoneNumber.of("01632960002"));
    public static final LocalAuthority SAMPLETON = new LocalAuthority(OdsCode.of("Y17"),
            "Sampleton Borough Council", TelephoneNumber.of("+441632960101"), null);

    public static final Instant T0 = Instant.parse("2025-03-01T09:30:00Z");
    public static final LocalDate CHILD_BIRTH_DATE = LocalDate.of(2015, 3, 1);

    public static final Organisation HOSPITAL = new Organisation(OdsCode.of("RXX01"), "Example Hospitals NHS Trust");
    public static final QueryAuthor.Person NURSE = new QueryAuthor.Person("555000111222", "555000111333",
            JobRoleCode.of("S0010:G0020:R0050"), "Staff Nurse", new WorkerName("Ms", "Ann", "Nurse", null), HOSPITAL);
    public static final QueryAuthor.Person MIDWIFE = new QueryAuthor.Person("555000999888", null,
            JobRoleCode.of("R0680"), null, WorkerName.of("Mia", "Midwife"), HOSPITAL);
    public static final QueryAuthor.System TRIAGE_SYSTEM = new QueryAuthor.System(new Asid("200000000123"), HOSPITAL,
            new WorkerName("Dr", "Sam", "Lead", "MBE"), JobRoleCode.of("R8000"), "Clinical Director");
    public static final QueryAuthor.System UNATTENDED_SYSTEM = new QueryAuthor.System(new Asid("200000000456"),
            HOSPITAL, null, null, null);

    private static final int[] WEIGHTS = {10, 9, 8, 7, 6, 5, 4, 3, 2};

    private Fixtures() {
    }

    /** The n-th (from 0) NHS number of the test range that passes Modulus 11, counting up from 999 000 000x. */
    public static NhsNumber nhsNumber(int n) {
        int found = -1;
        for (int body = 999_000_000; ; body++) {
            int sum = 0;
            int rest = body;
            for (int i = 8; i >= 0; i--) {
                sum += (rest % 10) * WEIGHTS[i];
                rest /= 10;
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10 && ++found == n) {
                return NhsNumber.of(Integer.toString(body) + check);
            }
        }
    }

    public static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    public static Plan plan(PlanType type, String start, String end, String delete) {
        return new Plan(type, at(start), end == null ? null : at(end), delete == null ? null : at(delete));
    }

    public static LocalAuthorityEntry childEntry(NhsNumber nhs, LocalAuthority la, String fileId, Plan... plans) {
        return new LocalAuthorityEntry(nhs, la, "LOCAL-" + nhs.value().substring(6), SubjectKind.CHILD,
                CHILD_BIRTH_DATE, List.of(plans), fileId, T0);
    }

    public static AccessEvent access(int queryNumber, NhsNumber nhs, Instant accessedAt, QueryAuthor author) {
        return new AccessEvent(new UUID(0x0C915, queryNumber), nhs, accessedAt, accessedAt.minusSeconds(2), author);
    }
}
