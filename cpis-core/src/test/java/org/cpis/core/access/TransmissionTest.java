package org.cpis.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.cpis.core.testing.InMemoryTransmissionLog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TransmissionTest {

    private static final Instant AT = Instant.parse("2026-02-01T10:00:00Z");

    @Test
    @DisplayName("CP-IS061: a transmission row holds time, direction, origin, destination, interaction, id, size and outcome; never content")
    void rowHoldsNoContent() {
        List<String> components = Arrays.stream(Transmission.class.getRecordComponents()).map(c -> c.getName()).toList();

        assertThat(components).containsExactly("at", "direction", "origin", "destination", "interaction", "messageId",
                "sizeBytes", "outcome");
    }

    @Test
    void blankTextIsNotKnownAndLongTextIsCut() {
        Transmission t = new Transmission(AT, Transmission.Direction.IN, " ", null, "x".repeat(500), "", 10, "FAULT");

        assertThat(t.origin()).isNull();
        assertThat(t.messageId()).isNull();
        assertThat(t.interaction()).hasSize(Transmission.MAX_TEXT);
    }

    @Test
    void interactionOutcomeAndSizeAreRequired() {
        assertThatThrownBy(() -> new Transmission(AT, Transmission.Direction.IN, null, null, " ", null, 1, "OK"))
                .hasMessageContaining("interaction");
        assertThatThrownBy(() -> new Transmission(AT, Transmission.Direction.IN, null, null, "Q", null, 1, null))
                .hasMessageContaining("outcome");
        assertThatThrownBy(() -> new Transmission(AT, Transmission.Direction.OUT, null, null, "Q", null, -1, "OK"))
                .hasMessageContaining("size");
    }

    @Test
    @DisplayName("CP-IS061: the log gives the rows of a period, oldest first")
    void logGivesAPeriod() {
        InMemoryTransmissionLog log = new InMemoryTransmissionLog();
        log.append(new Transmission(AT.plusSeconds(2), Transmission.Direction.OUT, "200000000001", "200000000123",
                "REPC_IN000007GB01", "B", 900, "OK"));
        log.append(new Transmission(AT, Transmission.Direction.IN, "200000000123", "200000000001",
                "QUPC_IN000006GB01", "A", 2000, "OK"));
        log.append(new Transmission(AT.plusSeconds(60), Transmission.Direction.IN, null, null, "unknown", null, 5, "FAULT"));

        assertThat(log.between(AT, AT.plusSeconds(60), 10)).extracting(Transmission::messageId).containsExactly("A", "B");
        assertThat(log.between(AT, AT.plusSeconds(61), 1)).hasSize(1);
    }
}
