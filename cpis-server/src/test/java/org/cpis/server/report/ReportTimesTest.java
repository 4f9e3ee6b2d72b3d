package org.cpis.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportTimesTest {

    @Test
    @DisplayName("CP-IS045 CP-SC004: dates DD/MM/YYYY, times HH:MM:SS with the zone, on England's clock")
    void textDatesAndTimesForPeople() {
        assertThat(ReportTimes.text(LocalDate.of(2026, 1, 31))).isEqualTo("31/01/2026");
        assertThat(ReportTimes.text(Instant.parse("2026-01-31T14:30:05Z"))).isEqualTo("31/01/2026 14:30:05 GMT");
        assertThat(ReportTimes.text(Instant.parse("2026-07-31T14:30:05Z"))).isEqualTo("31/07/2026 15:30:05 BST");
        // 23:30 UTC on a summer evening is already the next day in England
        assertThat(ReportTimes.text(Instant.parse("2026-07-31T23:30:00Z"))).isEqualTo("01/08/2026 00:30:00 BST");
    }

    @Test
    void planDatesShowTheTimeOnlyWhenTheLocalAuthoritySentOne() {
        assertThat(ReportTimes.text(LocalDateTime.of(2025, 3, 1, 0, 0))).isEqualTo("01/03/2025");
        assertThat(ReportTimes.text(LocalDateTime.of(2025, 3, 1, 9, 15))).isEqualTo("01/03/2025 09:15:00");
    }

    @Test
    void absentValuesAreADashForPeopleAndNullForMachines() {
        assertThat(ReportTimes.text((LocalDate) null)).isEqualTo("-");
        assertThat(ReportTimes.text((Instant) null)).isEqualTo("-");
        assertThat(ReportTimes.text((LocalDateTime) null)).isEqualTo("-");
        assertThat(ReportTimes.iso((Instant) null)).isNull();
        assertThat(ReportTimes.iso((LocalDate) null)).isNull();
    }

    @Test
    void isoForMachinesWithTheOffsetOfEnglandsClock() {
        assertThat(ReportTimes.iso(LocalDate.of(2026, 1, 31))).isEqualTo("2026-01-31");
        assertThat(ReportTimes.iso(Instant.parse("2026-01-31T14:30:00Z"))).isEqualTo("2026-01-31T14:30:00Z");
        assertThat(ReportTimes.iso(Instant.parse("2026-07-31T14:30:00Z"))).isEqualTo("2026-07-31T15:30:00+01:00");
        assertThat(ReportTimes.iso(LocalDateTime.of(2025, 3, 1, 0, 0))).isEqualTo("2025-03-01T00:00:00");
    }
}
