package org.cpis.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessToServiceWindowTest {

    @Test
    @DisplayName("CP-IS022 CP-IS070: a winter day is midnight to midnight GMT, a summer day midnight to midnight BST")
    void ordinaryDays() {
        AccessToServiceWindow winter = AccessToServiceWindow.of(LocalDate.parse("2026-01-15"));
        assertThat(winter.start()).isEqualTo(Instant.parse("2026-01-15T00:00:00Z"));
        assertThat(winter.end()).isEqualTo(Instant.parse("2026-01-16T00:00:00Z"));
        AccessToServiceWindow summer = AccessToServiceWindow.of(LocalDate.parse("2026-07-15"));
        assertThat(summer.start()).isEqualTo(Instant.parse("2026-07-14T23:00:00Z"));
        assertThat(summer.end()).isEqualTo(Instant.parse("2026-07-15T23:00:00Z"));
    }

    @Test
    @DisplayName("CP-IS022 CP-IS070: 29 March 2026 (clocks forward) lasts 23 hours, 25 October 2026 (clocks back) 25")
    void clockChangeDays() {
        AccessToServiceWindow forward = AccessToServiceWindow.of(LocalDate.parse("2026-03-29"));
        assertThat(Duration.between(forward.start(), forward.end())).isEqualTo(Duration.ofHours(23));
        AccessToServiceWindow back = AccessToServiceWindow.of(LocalDate.parse("2026-10-25"));
        assertThat(Duration.between(back.start(), back.end())).isEqualTo(Duration.ofHours(25));
    }

    @Test
    @DisplayName("CP-IS022 CP-IS070: consecutive days meet exactly: an instant is in one day's window only")
    void consecutiveDaysMeet() {
        for (LocalDate day = LocalDate.parse("2026-03-27"); day.isBefore(LocalDate.parse("2026-11-01"));
             day = day.plusDays(1)) {
            AccessToServiceWindow today = AccessToServiceWindow.of(day);
            AccessToServiceWindow tomorrow = AccessToServiceWindow.of(day.plusDays(1));
            assertThat(tomorrow.start()).isEqualTo(today.end());
            assertThat(today.contains(today.end())).isFalse();
            assertThat(tomorrow.contains(today.end())).isTrue();
            assertThat(today.contains(today.end().minusNanos(1))).isTrue();
            assertThat(today.contains(today.start())).isTrue();
        }
    }

    @Test
    @DisplayName("A window is its day's or none: a fixed 24 hours on 25 October 2026 is refused")
    void onlyTheDaysWindow() {
        assertThatThrownBy(() -> new AccessToServiceWindow(LocalDate.parse("2026-10-25"),
                Instant.parse("2026-10-25T00:00:00Z"), Instant.parse("2026-10-26T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[2026-10-24T23:00:00Z, 2026-10-26T00:00:00Z)");
        assertThat(new AccessToServiceWindow(LocalDate.parse("2026-10-25"), Instant.parse("2026-10-24T23:00:00Z"),
                Instant.parse("2026-10-26T00:00:00Z"))).isEqualTo(AccessToServiceWindow.of(LocalDate.parse("2026-10-25")));
    }

    @Test
    @DisplayName("CP-IS070: the hour repeated when the clocks go back (01:00-02:00 twice) belongs to 25 October both times")
    void repeatedHour() {
        AccessToServiceWindow back = AccessToServiceWindow.of(LocalDate.parse("2026-10-25"));
        assertThat(back.contains(Instant.parse("2026-10-25T00:30:00Z"))).as("01:30 BST").isTrue();
        assertThat(back.contains(Instant.parse("2026-10-25T01:30:00Z"))).as("01:30 GMT").isTrue();
        assertThat(ServiceCalendar.dateOf(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo(back.day());
    }
}
