package org.cpis.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.server.report.ReportData.NAMES;
import static org.cpis.server.report.ReportData.SUBJECT;
import static org.cpis.server.report.ReportData.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.report.SubjectAccessReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CP-IS079 subject access report renderers")
class SubjectAccessRenderersTest {

    @Test
    @DisplayName("CP-IS079 CP-IS045: every entry in full, every access, the audit history; dates DD/MM/YYYY, times with zone")
    void textHoldsEverything() {
        String text = render(new SubjectAccessText(NAMES), SUBJECT);

        assertThat(text).startsWith("CP-IS subject access report (CP-IS079)" + System.lineSeparator()
                + "NHS number: 999 000 0018" + System.lineSeparator()
                + "Produced:   01/07/2026 14:06:09 BST");
        assertThat(text).contains("Local Authority entries: 1",
                "  Exampleshire County Council (X09)",
                "    Local child id:        C-1",
                "    Date of birth (PDS):   20/05/2015",
                "    Emergency duty phone:  01632960001",
                "    Office hours phone:    01632960002",
                "    Upload file:           7",
                "    Received:              10/01/2026 09:00:00 GMT");
        assertThat(text.lines()).contains(
                "    Plan                         Start date  End date    Delete date",
                "    Child Protection Plan (CPP)  01/01/2025  -           01/02/2027",
                "    Looked After Child (LAC)     01/02/2025  31/12/2025  -");
        assertThat(text).contains("Access events: 1",
                "01/07/2026 14:05:09 BST  Ms Nia Nurse1001 (SDS user 1001)  Nurse (S0030:G0100:R0570)"
                        + "  Example Hospitals NHS Trust (RX1)");
        assertThat(text).contains("Audit history: 2",
                "RECORD_STORED    la:X09    Exampleshire County Council (X09)  entry of X09 Exampleshire County Council,"
                        + " local id C-1, file 7: CPP from 01/01/2025, delete on 01/02/2027; LAC from 01/02/2025 to 31/12/2025",
                "RECORD_ACCESSED  sds:1001  Example Hospitals NHS Trust (RX1)  query 1 by Ms Nia Nurse1001");
    }

    @Test
    void textOfANumberCpIsHoldsNothingAbout() {
        SubjectAccessReport nothing = new SubjectAccessReport(NhsNumber.of("9990000026"), ReportData.STORED_AT,
                List.of(), List.of(), List.of());

        assertThat(render(new SubjectAccessText(OrganisationNames.none()), nothing))
                .contains("Local Authority entries: 0", "Access events: 0", "Audit history: 0");
    }

    @Test
    void jsonHoldsEverythingWithDetailsAsStored() {
        JsonNode json = ReportData.json(render(new SubjectAccessJson(NAMES), SUBJECT));

        assertThat(json.path("nhsNumber").asText()).isEqualTo("9990000018");
        JsonNode entry = json.path("entries").get(0);
        assertThat(entry.path("localAuthority").path("odsCode").asText()).isEqualTo("X09");
        assertThat(entry.path("localChildId").asText()).isEqualTo("C-1");
        assertThat(entry.path("uploadFileId").asText()).isEqualTo("7");
        assertThat(entry.path("receivedAt").asText()).isEqualTo("2026-01-10T09:00:00Z");
        assertThat(entry.path("plans").get(0).path("delete").asText()).isEqualTo("2027-02-01T00:00:00");
        assertThat(entry.path("plans").get(0).path("end").isNull()).isTrue();
        JsonNode access = json.path("accessEvents").get(0);
        assertThat(access.path("accessedAt").asText()).isEqualTo("2026-07-01T14:05:09+01:00");
        assertThat(access.path("author").path("sdsUserId").asText()).isEqualTo("1001");
        assertThat(access.path("author").path("organisation").path("name").asText()).isEqualTo("Example Hospitals NHS Trust");
        JsonNode audit = json.path("auditHistory").get(0);
        assertThat(audit.path("sequence").asLong()).isEqualTo(3);
        assertThat(audit.path("action").asText()).isEqualTo("RECORD_STORED");
        assertThat(audit.path("detail").asText()).startsWith("nhs=9990000018;la=X09;");
        assertThat(audit.path("redacted").asBoolean()).isFalse();
    }
}
