package org.cpis.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.server.report.ReportData.COUNTS;
import static org.cpis.server.report.ReportData.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cpis.core.model.PlanType;
import org.cpis.core.report.ServiceCounts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CP-IS077 counts renderers")
class ServiceCountsRenderersTest {

    @Test
    void textShowsEveryCountOfTheStandard() {
        String text = render(new ServiceCountsText(), COUNTS);

        assertThat(text).contains("Period: 01/01/2026 to 30/01/2026")
                .contains("Children (unique NHS numbers) with a current plan:     3")
                .contains("Local Authorities (unique ODS codes) providing plans:  2")
                .contains("NHS Query messages received in the period:             17")
                .contains("NHS organisations that sent queries in the period:     4");
        assertThat(text.lines()).contains(
                "Plans                                Current  In the period",
                "Child Protection Plan (CPP)                2              3",
                "Looked After Child (LAC)                   1              1",
                "Unborn Child Protection Plan (UCPP)        0              0",
                "  ODS code  Local Authority              CPP  LAC  UCPP",
                "  X09       Exampleshire County Council    2    0     0",
                "  Y05       Sampleton Borough Council      0    1     0");
    }

    @Test
    void textSaysWhenNoLocalAuthorityProvidesInformation() {
        ServiceCounts none = new ServiceCounts(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-01"), List.of(),
                0, 0, Map.of(), Map.of(), 0, 0, Map.of());

        assertThat(render(new ServiceCountsText(), none)).endsWith("with their current plans:" + System.lineSeparator()
                + "  none" + System.lineSeparator());
    }

    @Test
    void csvHasOneCountPerLine() {
        List<String> lines = render(new ServiceCountsCsv(), COUNTS).lines().toList();

        assertThat(lines.get(0)).isEqualTo("measure,from,to,ods_code,local_authority,plan_type,count");
        assertThat(lines).contains(
                "current_nhs_numbers,2026-01-01,2026-01-30,,,,3",
                "current_local_authorities,2026-01-01,2026-01-30,,,,2",
                "current_plans,2026-01-01,2026-01-30,,,CPP,2",
                "plans_in_period,2026-01-01,2026-01-30,,,CPP,3",
                "queries_in_period,2026-01-01,2026-01-30,,,,17",
                "querying_organisations,2026-01-01,2026-01-30,,,,4",
                "current_plans_per_local_authority,2026-01-01,2026-01-30,Y05,Sampleton Borough Council,LAC,1");
        assertThat(lines).hasSize(1 + 2 + 3 + 3 + 2 + 2 * 3);
    }

    @Test
    void jsonKeysPlanCountsByType() {
        JsonNode json = ReportData.json(render(new ServiceCountsJson(), COUNTS));

        assertThat(json.path("report").asText()).isEqualTo("CP-IS077 service counts");
        assertThat(json.path("from").asText()).isEqualTo("2026-01-01");
        assertThat(json.path("currentNhsNumbers").asLong()).isEqualTo(3);
        assertThat(json.path("currentPlans").path(PlanType.CPP.name()).asLong()).isEqualTo(2);
        assertThat(json.path("plansInPeriod").path("CPP").asLong()).isEqualTo(3);
        assertThat(json.path("queriesInPeriod").asLong()).isEqualTo(17);
        assertThat(json.path("providingLocalAuthorities").get(1).path("odsCode").asText()).isEqualTo("Y05");
        assertThat(json.path("providingLocalAuthorities").get(1).path("currentPlans").path("LAC").asLong()).isEqualTo(1);
    }
}
