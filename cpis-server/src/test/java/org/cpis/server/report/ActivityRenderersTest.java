package org.cpis.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.server.report.ReportData.ACCESSED;
import static org.cpis.server.report.ReportData.NAMES;
import static org.cpis.server.report.ReportData.REDACTED;
import static org.cpis.server.report.ReportData.STORED;
import static org.cpis.server.report.ReportData.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CP-IS081 activity renderers")
class ActivityRenderersTest {

    private static final ActivityReport REPORT = new ActivityReport(List.of(STORED, ACCESSED, REDACTED), 1000);

    @Test
    @DisplayName("CP-IS081: who viewed or changed which record, when, from which organisation")
    void text() {
        List<String> lines = render(new ActivityText(NAMES), REPORT).lines().toList();

        assertThat(lines.get(0)).isEqualTo("CP-IS activity (CP-IS081): 3 audit entries, oldest first");
        assertThat(lines.get(2)).startsWith("Seq  When                     Action           Actor     Organisation"
                + "                       NHS number    Detail");
        assertThat(lines.get(3)).startsWith("  3  10/01/2026 09:00:00 GMT  RECORD_STORED    la:X09    Exampleshire County"
                + " Council (X09)  999 000 0018  entry of X09");
        assertThat(lines.get(4)).startsWith("  5  01/07/2026 14:05:09 BST  RECORD_ACCESSED  sds:1001  Example Hospitals NHS"
                + " Trust (RX1)  999 000 0018  query 1 by Ms Nia Nurse1001");
        assertThat(lines.get(5)).isEqualTo("  6  01/07/2026 14:05:09 BST  RECORD_ACCESSED  sds:1002  RX9"
                + "                                999 000 0026  (redacted at the end of its retention, CP-IS076)");
        assertThat(lines).hasSize(6);
    }

    @Test
    void textSaysWhenTheLimitStoppedIt() {
        String text = render(new ActivityText(NAMES), new ActivityReport(List.of(STORED, ACCESSED), 2));

        assertThat(text).contains("Stopped at the limit of 2 entries");
    }

    @Test
    void csvKeepsDetailsAsStored() {
        List<String> lines = render(new ActivityCsv(NAMES), REPORT).lines().toList();

        assertThat(lines.get(0)).isEqualTo("sequence,at,action,actor,ods_code,organisation,nhs_number,detail,redacted");
        assertThat(lines.get(1)).startsWith("3,2026-01-10T09:00:00Z,RECORD_STORED,la:X09,X09,Exampleshire County Council,"
                + "9990000018,nhs=9990000018;la=X09;");
        assertThat(lines.get(2)).isEqualTo("5,2026-07-01T14:05:09+01:00,RECORD_ACCESSED,sds:1001,RX1,"
                + "Example Hospitals NHS Trust,9990000018,query 1 by Ms Nia Nurse1001 shown LAs X09 from Example Hospitals"
                + " NHS Trust,false");
        assertThat(lines.get(3)).isEqualTo("6,2026-07-01T14:05:09+01:00,RECORD_ACCESSED,sds:1002,RX9,,9990000026,,true");
    }

    @Test
    void json() {
        JsonNode json = ReportData.json(render(new ActivityJson(NAMES), REPORT));

        assertThat(json.path("limitReached").asBoolean()).isFalse();
        assertThat(json.path("entries")).hasSize(3);
        JsonNode accessed = json.path("entries").get(1);
        assertThat(accessed.path("actor").asText()).isEqualTo("sds:1001");
        assertThat(accessed.path("organisation").path("odsCode").asText()).isEqualTo("RX1");
        assertThat(accessed.path("organisation").path("name").asText()).isEqualTo("Example Hospitals NHS Trust");
        assertThat(accessed.path("nhsNumber").asText()).isEqualTo("9990000018");
        assertThat(json.path("entries").get(2).path("organisation").path("name").isNull()).isTrue();
        assertThat(json.path("entries").get(2).path("redacted").asBoolean()).isTrue();
    }
}
