package org.cpis.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.server.report.ReportData.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.cpis.core.access.Transmission;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CP-IS061 transmission log renderers")
class TransmissionsRenderersTest {

    private static final Instant FROM = Instant.parse("2026-01-15T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-01-16T00:00:00Z");
    private static final TransmissionsReport REPORT = new TransmissionsReport(FROM, TO, List.of(
            new Transmission(Instant.parse("2026-01-15T09:30:00Z"), Transmission.Direction.IN, "200000000123",
                    "000000000000", "QUPC_IN000006GB01", "8C1D0D2A-7C8E-4E84-9A79-1B2C3D4E5F60", 2_345, "OK"),
            new Transmission(Instant.parse("2026-01-15T10:00:00Z"), Transmission.Direction.OUT, "CPIS0001",
                    "X26OT001", "CPIS_UPLOAD_ACK", "20260115100000000_ABCDEF", 812, "READY")), false);

    @Test
    void textListsEveryMessageWithoutContent() {
        String text = render(new TransmissionsText(), REPORT);

        assertThat(text).startsWith("Transmission log (CP-IS061), 15/01/2026 00:00:00 GMT to 16/01/2026 00:00:00 GMT:"
                + " 2 messages");
        assertThat(text).contains("QUPC_IN000006GB01").contains("CPIS_UPLOAD_ACK").contains("X26OT001")
                .contains("2345").contains("READY");
    }

    @Test
    void csvHasOneRowPerMessage() {
        List<String> lines = render(new TransmissionsCsv(), REPORT).lines().toList();

        assertThat(lines).containsExactly(
                "at,direction,origin,destination,interaction,message_id,size_bytes,outcome",
                "2026-01-15T09:30:00Z,IN,200000000123,000000000000,QUPC_IN000006GB01,"
                        + "8C1D0D2A-7C8E-4E84-9A79-1B2C3D4E5F60,2345,OK",
                "2026-01-15T10:00:00Z,OUT,CPIS0001,X26OT001,CPIS_UPLOAD_ACK,20260115100000000_ABCDEF,812,READY");
    }

    @Test
    void jsonSaysWhetherTheLimitCutTheList() {
        JsonNode json = ReportData.json(render(new TransmissionsJson(),
                new TransmissionsReport(FROM, TO, REPORT.rows().subList(0, 1), true)));

        assertThat(json.path("report").asText()).isEqualTo("CP-IS061 transmission log");
        assertThat(json.path("limitReached").asBoolean()).isTrue();
        assertThat(json.path("transmissions")).hasSize(1);
        assertThat(json.path("transmissions").get(0).path("interaction").asText()).isEqualTo("QUPC_IN000006GB01");
        assertThat(json.path("transmissions").get(0).path("sizeBytes").asLong()).isEqualTo(2345);
    }
}
