package org.cpis.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void odsCodes() {
        assertThat(OdsCode.of(" X09 ").value()).isEqualTo("X09");
        assertThat(OdsCode.isValid("RH802")).isTrue();
        assertThat(OdsCode.isValid("x09")).isFalse();
        assertThat(OdsCode.isValid("AB")).isFalse();
        assertThat(OdsCode.isValid("ABCDEFGHIJ")).isFalse();
        assertThatThrownBy(() -> OdsCode.of("A-1")).hasMessageStartingWith("CPIS-V004");
    }

    @Test
    void jobRoleCodeFindsRoleIdsInSmartcardPaths() {
        assertThat(JobRoleCode.of("S0010:G0020:R0050").roleIds()).containsExactly("R0050");
        assertThat(JobRoleCode.of("R0680").roleIds()).containsExactly("R0680");
        assertThat(JobRoleCode.of("NR0050").roleIds()).isEmpty();
        assertThat(JobRoleCode.of("S8000:G8000:R8016").hasAnyRole(Set.of("R8016"))).isTrue();
        assertThatThrownBy(() -> JobRoleCode.of("R 0680")).hasMessageStartingWith("CPIS-V005");
    }

    @Test
    void telephoneNumbersAcceptTelUrisAndSpaces() {
        assertThat(TelephoneNumber.of("tel:01632960001").digits()).isEqualTo("01632960001");
        assertThat(TelephoneNumber.of("01632 960 001").uri()).isEqualTo("tel:01632960001");
        assertThat(TelephoneNumber.of("+441632960001").digits()).isEqualTo("+441632960001");
        assertThat(TelephoneNumber.isValid("call us")).isFalse();
        assertThat(TelephoneNumber.isValid("")).isFalse();
        assertThatThrownBy(() -> TelephoneNumber.of("01632-960001")).hasMessageStartingWith("CPIS-V006");
    }

    @Test
    void asid() {
        assertThat(Asid.of("200000000123").value()).isEqualTo("200000000123");
        assertThatThrownBy(() -> Asid.of("12345")).hasMessageStartingWith("CPIS-V010");
    }

    @Test
    @DisplayName("CP-IS035: one entry per LA holds up to one plan of each type, each with a start date")
    void entryHoldsAtMostOnePlanOfEachTypeAndOnlyStartedPlans() {
        LocalAuthority la = new LocalAuthority(OdsCode.of("X09"), "LA", TelephoneNumber.of("0123456"), null);
        Plan cpp = Plan.of(PlanType.CPP, LocalDate.of(2025, 1, 1), null, null);
        assertThatThrownBy(() -> new LocalAuthorityEntry(NhsNumber.of("9990000018"), la, "1", SubjectKind.CHILD, null,
                List.of(cpp, cpp), "1", Instant.EPOCH)).hasMessageStartingWith("CPIS-V011");
        Plan noStart = new Plan(PlanType.LAC, null, null, null);
        assertThatThrownBy(() -> new LocalAuthorityEntry(NhsNumber.of("9990000018"), la, "1", SubjectKind.CHILD, null,
                List.of(noStart), "1", Instant.EPOCH)).hasMessageStartingWith("CPIS-V008");
        Plan backwards = Plan.of(PlanType.LAC, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1), null);
        assertThatThrownBy(() -> new LocalAuthorityEntry(NhsNumber.of("9990000018"), la, "1", SubjectKind.CHILD, null,
                List.of(backwards), "1", Instant.EPOCH)).hasMessageStartingWith("CPIS-V009");
    }

    @Test
    void workerNameDisplay() {
        assertThat(new WorkerName("Dr", "Jane", "Smith", null).display()).isEqualTo("Dr Jane Smith");
        assertThatThrownBy(() -> new WorkerName(null, " ", null, null)).hasMessageStartingWith("CPIS-V007");
    }
}
