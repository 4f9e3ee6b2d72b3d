package org.cpis.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.cpis.core.model.LocalAuthority;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.model.TelephoneNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EntrySnapshotTest {

    @Test
    @DisplayName("CP-IS075: an entry survives the trip through an audit detail, awkward characters included")
    void roundTrip() {
        LocalAuthority la = new LocalAuthority(OdsCode.of("X09"), "Council; of = places|, & more%",
                TelephoneNumber.of("+441632960001"), null);
        LocalAuthorityEntry e = new LocalAuthorityEntry(NhsNumber.of("9990000018"), la, "id;with=odd|chars", SubjectKind.CHILD,
                java.time.LocalDate.parse("2015-05-20"),
                List.of(new Plan(PlanType.CPP, LocalDateTime.parse("2025-01-01T09:30"), null, LocalDateTime.parse("2027-01-01T00:00")),
                        new Plan(PlanType.LAC, LocalDateTime.parse("2025-02-01T00:00"), LocalDateTime.parse("2025-03-01T00:00"), null)),
                "42", Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(EntrySnapshot.parse(EntrySnapshot.format(e))).isEqualTo(e);
    }

    @Test
    void unbornWithoutOptionalParts() {
        LocalAuthority la = new LocalAuthority(OdsCode.of("Y05"), "LA", TelephoneNumber.of("0123456"), null);
        LocalAuthorityEntry e = new LocalAuthorityEntry(NhsNumber.of("9990000026"), la, null, SubjectKind.UNBORN_CHILD, null,
                List.of(Plan.of(PlanType.UCPP, java.time.LocalDate.parse("2026-01-01"), java.time.LocalDate.parse("2026-06-01"), null)),
                "1", Instant.EPOCH);
        assertThat(EntrySnapshot.parse(EntrySnapshot.format(e))).isEqualTo(e);
    }
}
