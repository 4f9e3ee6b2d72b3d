package org.cpis.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditRetentionPolicyTest {

    private final AuditRetentionPolicy policy = new AuditRetentionPolicy();

    @Test
    @DisplayName("CP-IS076: kept until the 26th birthday: redactable on it, not the day before")
    void twentySixthBirthday() {
        LocalDate dob = LocalDate.parse("2000-06-16");
        assertThat(policy.mayRedact(dob, null, LocalDate.parse("2026-06-15"))).isFalse();
        assertThat(policy.mayRedact(dob, null, LocalDate.parse("2026-06-16"))).isTrue();
    }

    @Test
    @DisplayName("CP-IS076: leap-day birth: the 26th birthday in a common year is 1 March")
    void leapDay() {
        assertThat(policy.redactableFrom(LocalDate.parse("2004-02-29"), null)).isEqualTo(LocalDate.parse("2030-03-01"));
    }

    @Test
    @DisplayName("CP-IS076: after death, kept 8 years from the date of death")
    void death() {
        LocalDate dob = LocalDate.parse("2010-01-01");
        LocalDate died = LocalDate.parse("2015-03-01");
        assertThat(policy.mayRedact(dob, died, LocalDate.parse("2023-02-28"))).isFalse();
        assertThat(policy.mayRedact(dob, died, LocalDate.parse("2023-03-01"))).isTrue();
    }

    @Test
    @DisplayName("CP-IS076: without birth or death date nothing is redacted")
    void undecidable() {
        assertThat(policy.mayRedact(null, null, LocalDate.parse("2100-01-01"))).isFalse();
    }
}
