package org.cpis.core.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PersonName;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.core.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemographicsVerdictTest {

    private final DemographicsVerdict verdict = new DemographicsVerdict(new PdsCrossCheck());
    private final UploadRecord record = Fixtures.child(1, Fixtures.NHS_A, "L", "Amy", "Adams", "2015-05-20",
            Fixtures.cpp("2025-01-01"));

    private static DemographicsRecord person(String dob, boolean sensitive, boolean invalid, String supersededBy) {
        return new DemographicsRecord(NhsNumber.of(Fixtures.NHS_A), LocalDate.parse(dob),
                List.of(new PersonName("Amy", "Adams")), sensitive, invalid,
                supersededBy == null ? null : NhsNumber.of(supersededBy), null);
    }

    @Test
    @DisplayName("CP-IS002 CPR01: no person on PDS")
    void notFound() {
        assertThat(verdict.assess(record, Optional.empty())).contains(RecordDetail.PDS_NOT_FOUND);
        assertThat(RecordDetail.PDS_NOT_FOUND.outcome()).isEqualTo(RecordOutcome.CPR01);
    }

    @Test
    @DisplayName("CP-IS002 CPR01: a PDS record marked invalid")
    void invalid() {
        assertThat(verdict.assess(record, Optional.of(person("2015-05-20", false, true, null))))
                .contains(RecordDetail.PDS_INVALID);
    }

    @Test
    @DisplayName("CP-IS002 CPR03: cross-check fails")
    void notVerified() {
        assertThat(verdict.assess(record, Optional.of(person("2010-01-01", false, false, null))))
                .contains(RecordDetail.PDS_NOT_VERIFIED);
        assertThat(RecordDetail.PDS_NOT_VERIFIED.outcome()).isEqualTo(RecordOutcome.CPR03);
    }

    @Test
    @DisplayName("CP-IS002 CPR02: matched but sensitive; the cross-check is decided first")
    void sensitive() {
        assertThat(verdict.assess(record, Optional.of(person("2015-05-20", true, false, null))))
                .contains(RecordDetail.PDS_SENSITIVE);
        assertThat(verdict.assess(record, Optional.of(person("2010-01-01", true, false, null))))
                .contains(RecordDetail.PDS_NOT_VERIFIED);
    }

    @Test
    @DisplayName("CP-IS002 CPR05: verified but superseded")
    void superseded() {
        assertThat(verdict.assess(record, Optional.of(person("2015-05-20", false, false, Fixtures.NHS_B))))
                .contains(RecordDetail.PDS_SUPERSEDED);
        assertThat(RecordDetail.PDS_SUPERSEDED.outcome()).isEqualTo(RecordOutcome.CPR05);
    }

    @Test
    @DisplayName("CP-IS002: verified, current and not sensitive may be stored")
    void ok() {
        assertThat(verdict.assess(record, Optional.of(person("2015-05-20", false, false, null)))).isEmpty();
    }
}
