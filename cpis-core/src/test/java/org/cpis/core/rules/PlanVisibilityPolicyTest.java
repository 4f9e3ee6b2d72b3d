package org.cpis.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every boundary of the visibility rules, on both sides. */
class PlanVisibilityPolicyTest {

    private final PlanVisibilityPolicy policy = new PlanVisibilityPolicy();
    private static final LocalDate DOB = LocalDate.of(2015, 5, 20);

    private static Plan plan(PlanType t, String start, String end, String delete) {
        return Plan.of(t, LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                delete == null ? null : LocalDate.parse(delete));
    }

    private boolean visibleOn(Plan p, LocalDate dob, String day) {
        return policy.isVisible(p, dob, LocalDate.parse(day));
    }

    @Nested
    @DisplayName("CP-IS009 delete date")
    class DeleteDate {
        Plan p = plan(PlanType.CPP, "2025-01-01", null, "2026-03-10");

        @Test
        @DisplayName("CP-IS009: visible the day before the delete date")
        void dayBefore() {
            assertThat(visibleOn(p, DOB, "2026-03-09")).isTrue();
        }

        @Test
        @DisplayName("CP-IS009: gone on the delete date itself")
        void onTheDay() {
            assertThat(visibleOn(p, DOB, "2026-03-10")).isFalse();
        }

        @Test
        @DisplayName("CP-IS009: a delete date overrides an end date still within its 365 days")
        void deleteBeatsEnd() {
            Plan ended = plan(PlanType.LAC, "2025-01-01", "2026-01-01", "2026-02-01");
            assertThat(visibleOn(ended, DOB, "2026-02-01")).isFalse();
        }

        @Test
        @DisplayName("CP-IS009: a delete date removes a UCPP too")
        void deletesUnborn() {
            Plan ucpp = plan(PlanType.UCPP, "2026-01-01", "2026-06-01", "2026-02-01");
            assertThat(visibleOn(ucpp, null, "2026-01-31")).isTrue();
            assertThat(visibleOn(ucpp, null, "2026-02-01")).isFalse();
        }
    }

    @Nested
    @DisplayName("CP-IS010 CP-IS032 end date + 365 days")
    class EndDate {
        Plan p = plan(PlanType.CPP, "2024-01-01", "2025-03-01", null);

        @Test
        @DisplayName("CP-IS010 CP-IS032: still visible on end date + 365 days")
        void lastDay() {
            assertThat(visibleOn(p, DOB, "2026-03-01")).isTrue();
        }

        @Test
        @DisplayName("CP-IS010 CP-IS032: gone on end date + 366 days")
        void dayAfter() {
            assertThat(visibleOn(p, DOB, "2026-03-02")).isFalse();
        }

        @Test
        @DisplayName("CP-IS010: a plan without end date stays visible")
        void open() {
            assertThat(visibleOn(plan(PlanType.LAC, "2020-01-01", null, null), DOB, "2030-01-01")).isTrue();
        }

        @Test
        @DisplayName("CP-IS010: the time part of a plan date plays no role")
        void timeOfDayIgnored() {
            Plan late = new Plan(PlanType.CPP, LocalDateTime.of(2024, 1, 1, 0, 0), LocalDateTime.of(2025, 3, 1, 23, 59),
                    null);
            assertThat(visibleOn(late, DOB, "2026-03-01")).isTrue();
            assertThat(visibleOn(late, DOB, "2026-03-02")).isFalse();
        }
    }

    @Nested
    @DisplayName("CP-IS011 CP-IS033 unborn end date + 28 days")
    class UnbornEndDate {
        Plan ucpp = plan(PlanType.UCPP, "2026-01-01", "2026-06-01", null);

        @Test
        @DisplayName("CP-IS011 CP-IS033: visible on due date + 27 days")
        void lastDay() {
            assertThat(visibleOn(ucpp, null, "2026-06-28")).isTrue();
        }

        @Test
        @DisplayName("CP-IS011 CP-IS033: deleted on reaching due date + 28 days")
        void onReaching() {
            assertThat(visibleOn(ucpp, null, "2026-06-29")).isFalse();
        }

        @Test
        @DisplayName("CP-IS011: the mother's own age never hides her unborn child's plan")
        void motherAgeIrrelevant() {
            assertThat(visibleOn(ucpp, LocalDate.of(1990, 1, 1), "2026-06-28")).isTrue();
        }
    }

    @Nested
    @DisplayName("CP-IS030 CP-IS007 18th birthday and 18 years 365 days")
    class Age {

        @Test
        @DisplayName("CP-IS030: an open CPP is end-dated at the 18th birthday, visible to 18th birthday + 365 days")
        void openPlanEndsAtEighteen() {
            LocalDate dob = LocalDate.of(2008, 6, 15);
            Plan p = plan(PlanType.CPP, "2020-01-01", null, null);
            assertThat(policy.effectiveEndDate(p, dob)).contains(LocalDate.of(2026, 6, 15));
            assertThat(visibleOn(p, dob, "2027-06-15")).isTrue();
            assertThat(visibleOn(p, dob, "2027-06-16")).isFalse();
        }

        @Test
        @DisplayName("CP-IS007: an end date after the 18th birthday cannot keep a plan past 18 years 365 days")
        void ageCapsLateEndDate() {
            LocalDate dob = LocalDate.of(2008, 6, 15);
            Plan p = plan(PlanType.LAC, "2020-01-01", "2027-01-01", null);
            assertThat(visibleOn(p, dob, "2027-06-15")).isTrue();
            assertThat(visibleOn(p, dob, "2027-06-16")).isFalse();
        }

        @Test
        @DisplayName("CP-IS030 CP-IS007: leap-day birth: 18 on 1 March, last visible day 1 March + 365 days")
        void leapDay() {
            LocalDate dob = LocalDate.of(2008, 2, 29);
            Plan p = plan(PlanType.CPP, "2020-01-01", null, null);
            assertThat(policy.effectiveEndDate(p, dob)).contains(LocalDate.of(2026, 3, 1));
            assertThat(visibleOn(p, dob, "2027-03-01")).isTrue();
            assertThat(visibleOn(p, dob, "2027-03-02")).isFalse();
        }

        @Test
        @DisplayName("CP-IS030: the shown plan carries the automatic end date only once the birthday has come")
        void shownEndDate() {
            LocalDate dob = LocalDate.of(2008, 6, 15);
            Plan p = plan(PlanType.CPP, "2020-01-01", null, "2030-01-01");
            assertThat(policy.asShown(p, dob, LocalDate.parse("2026-06-14")).end()).isNull();
            Plan shown = policy.asShown(p, dob, LocalDate.parse("2026-06-15"));
            assertThat(shown.endDate()).contains(LocalDate.of(2026, 6, 15));
            assertThat(shown.delete()).isNull();
        }
    }

    @Test
    @DisplayName("CP-IS009: 'today' is the Europe/London date: 23:30 UTC on a summer evening is already the next day")
    void londonDates() {
        Plan p = plan(PlanType.CPP, "2025-01-01", null, "2026-07-02");
        LocalDate utcDay = LocalDate.of(2026, 7, 1);
        LocalDate londonDay = ServiceCalendar.dateOf(Instant.parse("2026-07-01T23:30:00Z"));
        assertThat(londonDay).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(policy.isVisible(p, DOB, utcDay)).isTrue();
        assertThat(policy.isVisible(p, DOB, londonDay)).isFalse();
        assertThat(ServiceCalendar.dateOf(Instant.parse("2026-01-01T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 1, 1));
    }
}
