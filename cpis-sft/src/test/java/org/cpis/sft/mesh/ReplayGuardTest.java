package org.cpis.sft.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReplayGuardTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant UNTIL = NOW.plus(Duration.ofHours(2));

    @Test
    @DisplayName("a (mailbox, nonce, count) is let through once")
    void once() {
        ReplayGuard guard = new ReplayGuard(1000);

        assertThat(guard.firstUse("X09OT001", "n1", "0", UNTIL, NOW)).isTrue();
        assertThat(guard.firstUse("X09OT001", "n1", "0", UNTIL, NOW.plusSeconds(60))).isFalse();
        assertThat(guard.firstUse("X09OT001", "n1", "1", UNTIL, NOW)).isTrue();
        assertThat(guard.firstUse("Y05OT001", "n1", "0", UNTIL, NOW)).isTrue();
    }

    @Test
    @DisplayName("bounded: expired tokens are forgotten first, then the oldest")
    void bounded() {
        ReplayGuard guard = new ReplayGuard(1000);
        for (int i = 0; i < 1000; i++) {
            guard.firstUse("X09OT001", "old" + i, "0", NOW.plusSeconds(10), NOW);
        }
        assertThat(guard.size()).isEqualTo(1000);

        guard.firstUse("X09OT001", "new", "0", UNTIL, NOW.plusSeconds(11));

        assertThat(guard.size()).isEqualTo(1);
        for (int i = 0; i < 1500; i++) {
            guard.firstUse("X09OT001", "more" + i, "0", UNTIL, NOW.plusSeconds(12));
        }
        assertThat(guard.size()).isEqualTo(1000);
        assertThat(guard.firstUse("X09OT001", "more1499", "0", UNTIL, NOW.plusSeconds(13))).isFalse();
    }
}
