package org.cpis.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessHistoryCondenserTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private final AccessHistoryCondenser condenser = new AccessHistoryCondenser();
    private int ids;

    private AccessEvent at(Duration after, QueryAuthor who) {
        Instant t = T0.plus(after);
        return new AccessEvent(Fixtures.id(++ids), NhsNumber.of(Fixtures.NHS_A), t, t, who);
    }

    @Test
    @DisplayName("CP-IS047: a second access by the same worker within 24 hours is not shown")
    void sameWorkerWithin24Hours() {
        AccessEvent first = at(Duration.ZERO, Fixtures.nurse("1"));
        AccessEvent again = at(Duration.ofHours(23).plusMinutes(59).plusSeconds(59), Fixtures.nurse("1"));
        assertThat(condenser.forDisplay(List.of(first, again))).containsExactly(first);
    }

    @Test
    @DisplayName("CP-IS047: an access exactly 24 hours after the last shown one is shown again")
    void exactly24HoursLater() {
        AccessEvent first = at(Duration.ZERO, Fixtures.nurse("1"));
        AccessEvent next = at(Duration.ofHours(24), Fixtures.nurse("1"));
        assertThat(condenser.forDisplay(List.of(next, first))).containsExactly(next, first);
    }

    @Test
    @DisplayName("CP-IS047: the 24 hours count from the last shown access, so frequent lookers are not hidden for ever")
    void countsFromLastShown() {
        List<AccessEvent> every20h = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            every20h.add(at(Duration.ofHours(20L * i), Fixtures.nurse("1")));
        }
        // shown at 0h, 40h (>= 24h after 0h), 80h (>= 24h after 40h); hidden at 20h and 60h
        assertThat(condenser.firstPerWorker(every20h)).containsExactly(every20h.get(0), every20h.get(2), every20h.get(4));
    }

    @Test
    @DisplayName("CP-IS047: different workers are each shown")
    void differentWorkers() {
        AccessEvent a = at(Duration.ZERO, Fixtures.nurse("1"));
        AccessEvent b = at(Duration.ofMinutes(5), Fixtures.nurse("2"));
        AccessEvent c = at(Duration.ofMinutes(6), Fixtures.system("200000000001"));
        assertThat(condenser.forDisplay(List.of(a, b, c))).containsExactly(c, b, a);
    }

    @Test
    @DisplayName("CP-IS048 CP-NHS011: at most the newest 25 are shown, newest first")
    void newest25() {
        List<AccessEvent> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(at(Duration.ofMinutes(i), Fixtures.nurse("w" + i)));
        }
        List<AccessEvent> shown = condenser.forDisplay(events);
        assertThat(shown).hasSize(25);
        assertThat(shown.get(0)).isEqualTo(events.get(29));
        assertThat(shown.get(24)).isEqualTo(events.get(5));
    }

    @Test
    @DisplayName("CP-IS047: condensing keeps every input event untouched (display only)")
    void inputUntouched() {
        List<AccessEvent> events = List.of(at(Duration.ZERO, Fixtures.nurse("1")), at(Duration.ofHours(1), Fixtures.nurse("1")));
        condenser.forDisplay(events);
        assertThat(events).hasSize(2);
    }
}
