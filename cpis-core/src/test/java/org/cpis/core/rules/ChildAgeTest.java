package org.cpis.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChildAgeTest {

    @Test
    @DisplayName("CP-IS030: the 18th birthday of an ordinary date is the same day 18 years on")
    void ordinaryBirthday() {
        assertThat(ChildAge.eighteenthBirthday(LocalDate.of(2008, 6, 15))).isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    @DisplayName("CP-IS030: someone born on 29 February turns 18 on 1 March in a common year")
    void leapDayBirthdayInCommonYear() {
        assertThat(ChildAge.eighteenthBirthday(LocalDate.of(2008, 2, 29))).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    @DisplayName("CP-IS030: a leap-day birthday falls on 29 February in leap years and 1 March otherwise")
    void leapDayBirthdayInLeapYear() {
        assertThat(ChildAge.eighteenthBirthday(LocalDate.of(2012, 2, 29))).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(ChildAge.birthday(LocalDate.of(2008, 2, 29), 20)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(ChildAge.eighteenthBirthday(LocalDate.of(1996, 2, 29))).isEqualTo(LocalDate.of(2014, 3, 1));
        assertThat(ChildAge.eighteenthBirthday(LocalDate.of(2000, 2, 29))).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(ChildAge.birthday(LocalDate.of(2000, 2, 29), 16)).isEqualTo(LocalDate.of(2016, 2, 29));
    }

    @Test
    @DisplayName("CP-IS007: a child is anyone up to 18 years and 365 days old")
    void lastDayAsChild() {
        assertThat(ChildAge.lastDayAsChild(LocalDate.of(2008, 6, 15))).isEqualTo(LocalDate.of(2027, 6, 15));
        // 2028 is a leap year: 18th birthday 2027-06-15 + 365 days = 2028-06-14
        assertThat(ChildAge.lastDayAsChild(LocalDate.of(2009, 6, 15))).isEqualTo(LocalDate.of(2028, 6, 14));
    }
}
