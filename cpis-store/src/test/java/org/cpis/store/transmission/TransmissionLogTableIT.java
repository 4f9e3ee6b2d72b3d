package org.cpis.store.transmission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.cpis.core.access.Transmission;
import org.cpis.store.CpisDatabase;
import org.cpis.store.testing.SharedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class TransmissionLogTableIT {

    private static final Instant AT = Instant.parse("2026-02-01T10:00:00.123456Z");

    private final CpisDatabase database;
    private final TransmissionLogTable log;

    TransmissionLogTableIT(CpisDatabase database) {
        this.database = database;
        this.log = database.transmissionLog();
    }

    @BeforeEach
    void emptyTables() {
        SharedDatabase.emptyTables(database);
    }

    @Test
    @DisplayName("CP-IS061: every message in and out is logged with time, origin, destination, interaction, id, size and outcome")
    void appendedRowsComeBackInTimeOrder() {
        Transmission in = new Transmission(AT, Transmission.Direction.IN, "200000000123", "200000000001",
                "QUPC_IN000006GB01", "uuid:5E4E0D3C-0000-4000-8000-000000000001", 2_345, "OK");
        Transmission out = new Transmission(AT.plusMillis(7), Transmission.Direction.OUT, "200000000001",
                "200000000123", "REPC_IN000007GB01", "uuid:5E4E0D3C-0000-4000-8000-000000000002", 6_789, "OK");
        Transmission refused = new Transmission(AT.plusSeconds(1), Transmission.Direction.IN, null, null,
                "QUPC_IN000006GB01", null, 2_000, "CPIS-A001");
        log.append(out);
        log.append(in);
        log.append(refused);

        assertThat(log.between(AT, AT.plusSeconds(1), 100)).containsExactly(in, out);
        assertThat(log.between(AT, AT.plusSeconds(2), 100)).containsExactly(in, out, refused);
        assertThat(log.between(AT, AT.plusSeconds(2), 1)).containsExactly(in);
        assertThat(log.between(AT.plusSeconds(2), AT.plusSeconds(3), 100)).isEmpty();
    }
}
