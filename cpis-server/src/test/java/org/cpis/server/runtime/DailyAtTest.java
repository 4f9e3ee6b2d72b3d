package org.cpis.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DailyAtTest {

    private static final DailyAt HALF_PAST_TWO = new DailyAt(LocalTime.of(2, 30));
    private static final DailyAt HALF_PAST_ONE = new DailyAt(LocalTime.of(1, 30));

    @Test
    void laterTheSameDayOrElseTheNextDay() {
        assertThat(HALF_PAST_TWO.nextAfter(Instant.parse("2026-01-10T01:00:00Z"))).isEqualTo(Instant.parse("2026-01-10T02:30:00Z"));
        assertThat(HALF_PAST_TWO.nextAfter(Instant.parse("2026-01-10T02:30:00Z"))).isEqualTo(Instant.parse("2026-01-11T02:30:00Z"));
        assertThat(HALF_PAST_TWO.nextAfter(Instant.parse("2026-01-10T23:59:00Z"))).isEqualTo(Instant.parse("2026-01-11T02:30:00Z"));
    }

    @Test
    void followsEnglandsClockInSummer() {
        assertThat(HALF_PAST_TWO.nextAfter(Instant.parse("2026-07-10T00:00:00Z"))).isEqualTo(Instant.parse("2026-07-10T01:30:00Z"));
        // 23:30 UTC is already 00:30 the next day in England
        assertThat(HALF_PAST_TWO.nextAfter(Instant.parse("2026-07-10T23:30:00Z"))).isEqualTo(Instant.parse("2026-07-11T01:30:00Z"));
    }

    @Test
    void aTimeTheClocksSkipRunsAnHourLater() {
        // 29 March 2026: the clocks go from 01:00 GMT to 02:00 BST; 01:30 does not exist that night
        assertThat(HALF_PAST_ONE.nextAfter(Instant.parse("2026-03-29T00:00:00Z"))).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(HALF_PAST_TWO.nextAfter(Instant.parse("2026-03-29T00:00:00Z"))).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void aTimeTheClocksShowTwiceRunsOnce() {
        // 25 October 2026: the clocks go from 02:00 BST back to 01:00 GMT; 01:30 happens twice
        Instant first = HALF_PAST_ONE.nextAfter(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(first).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(HALF_PAST_ONE.nextAfter(first)).isEqualTo(Instant.parse("2026-10-26T01:30:00Z"));
        assertThat(HALF_PAST_TWO.nextAfter(Instant.parse("2026-10-25T00:00:00Z"))).isEqualTo(Instant.parse("2026-10-25T02:30:00Z"));
    }
}
