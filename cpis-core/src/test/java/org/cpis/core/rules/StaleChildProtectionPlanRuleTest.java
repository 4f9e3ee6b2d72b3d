package org.cpis.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.model.PlanType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaleChildProtectionPlanRuleTest {

    private final StaleChildProtectionPlanRule rule = new StaleChildProtectionPlanRule();

    @Test
    @DisplayName("CP-IS080: a CPP started two years ago today with no end or delete date is flagged; a day less is not")
    void twoYearBoundary() {
        var p = Fixtures.cpp("2024-03-10");
        assertThat(rule.isStale(p, LocalDate.parse("2026-03-09"))).isFalse();
        assertThat(rule.isStale(p, LocalDate.parse("2026-03-10"))).isTrue();
    }

    @Test
    @DisplayName("CP-IS080: only CPPs, and only those with neither end nor delete date")
    void onlyOpenCpps() {
        LocalDate today = LocalDate.parse("2030-01-01");
        assertThat(rule.isStale(Fixtures.plan(PlanType.LAC, "2020-01-01", null, null), today)).isFalse();
        assertThat(rule.isStale(Fixtures.plan(PlanType.UCPP, "2020-01-01", "2020-06-01", null), today)).isFalse();
        assertThat(rule.isStale(Fixtures.plan(PlanType.CPP, "2020-01-01", "2029-01-01", null), today)).isFalse();
        assertThat(rule.isStale(Fixtures.plan(PlanType.CPP, "2020-01-01", null, "2031-01-01"), today)).isFalse();
    }
}
