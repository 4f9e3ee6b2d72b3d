package org.cpis.core.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PersonName;
import org.cpis.core.port.DemographicsRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PdsCrossCheckTest {

    private final PdsCrossCheck check = new PdsCrossCheck();
    private static final LocalDate PDS_DOB = LocalDate.of(2015, 5, 20);

    private static DemographicsRecord pds(PersonName... names) {
        return new DemographicsRecord(NhsNumber.of("9990000018"), PDS_DOB, List.of(names), false, false, null, null);
    }

    private boolean verifies(String given, String family, String dob, DemographicsRecord pds) {
        return check.verifies(new PersonName(given, family), dob == null ? null : LocalDate.parse(dob), pds);
    }

    @Test
    @DisplayName("CP-IS002: an exact date of birth verifies whatever the names")
    void exactDob() {
        assertThat(verifies(null, null, "2015-05-20", pds(new PersonName("Amy", "Adams")))).isTrue();
        assertThat(verifies("Zed", "Zulu", "2015-05-20", pds(new PersonName("Amy", "Adams")))).isTrue();
    }

    @Test
    @DisplayName("CP-IS002: two of three date parts + first three letters of surname + forename initial verify")
    void twoOfThreeParts() {
        DemographicsRecord p = pds(new PersonName("Amy", "Adamson"));
        assertThat(verifies("Annie", "Adams", "2015-05-21", p)).isTrue();   // year+month
        assertThat(verifies("Annie", "Adams", "2015-06-20", p)).isTrue();   // year+day
        assertThat(verifies("Annie", "Adams", "2016-05-20", p)).isTrue();   // month+day
    }

    @Test
    @DisplayName("CP-IS002: only one date part matching does not verify")
    void oneDatePart() {
        assertThat(verifies("Amy", "Adams", "2015-06-21", pds(new PersonName("Amy", "Adams")))).isFalse();
    }

    @Test
    @DisplayName("CP-IS002: surname's first three letters or forename initial differing does not verify")
    void namesMustMatch() {
        DemographicsRecord p = pds(new PersonName("Amy", "Adams"));
        assertThat(verifies("Amy", "Adamson", "2015-05-21", p)).isTrue();
        assertThat(verifies("Amy", "Adcock", "2015-05-21", p)).isFalse();
        assertThat(verifies("Amy", "Abbott", "2015-05-21", p)).isFalse();
        assertThat(verifies("Beth", "Adams", "2015-05-21", p)).isFalse();
    }

    @Test
    @DisplayName("CP-IS002: names are matched against every current name on PDS")
    void allCurrentNames() {
        DemographicsRecord p = pds(new PersonName("Amy", "Adams"), new PersonName("Amelia", "Brown"));
        assertThat(verifies("Amelia", "Browning", "2015-05-21", p)).isTrue();
        // given of one name and family of another do not combine
        assertThat(verifies("Beth", "Browning", "2015-05-21", p)).isFalse();
    }

    @Test
    @DisplayName("CP-IS002: a surname under three letters or no forename means not verified (not an error)")
    void shortOrMissingNames() {
        DemographicsRecord p = pds(new PersonName("Li", "Ng"));
        assertThat(verifies("Li", "Ng", "2015-05-21", p)).isFalse();
        assertThat(verifies(null, "Adams", "2015-05-21", pds(new PersonName("Amy", "Adams")))).isFalse();
        // ...but the exact date of birth still verifies
        assertThat(verifies("Li", "Ng", "2015-05-20", p)).isTrue();
    }

    @Test
    @DisplayName("CP-IS002: comparison ignores case, spaces, hyphens and apostrophes")
    void normalisation() {
        DemographicsRecord p = pds(new PersonName("amy-jo", "O'Neil"));
        assertThat(verifies("Amy", "ONEILL", "2015-05-21", p)).isTrue();
        assertThat(PdsCrossCheck.letters(" o'n-e il ")).isEqualTo("ONEIL");
    }

    @Test
    @DisplayName("CP-IS002: without a supplied date of birth nothing verifies")
    void noDob() {
        assertThat(verifies("Amy", "Adams", null, pds(new PersonName("Amy", "Adams")))).isFalse();
    }
}
