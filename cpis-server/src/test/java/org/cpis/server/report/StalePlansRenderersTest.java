package org.cpis.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.server.report.ReportData.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.report.StalePlan;
import org.cpis.core.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CP-IS080 stale plans renderers")
class StalePlansRenderersTest {

    private static final List<StalePlan> PLANS = List.of(
            new StalePlan(NhsNumber.of("9990000018"), Fixtures.la(Fixtures.LA_X).organisation(), "C-1", LocalDate.parse("2023-04-01")),
            new StalePlan(NhsNumber.of("9990000026"), Fixtures.la(Fixtures.LA_Y).organisation(), null, LocalDate.parse("2024-01-15")));

    @Test
    void text() {
        assertThat(render(new StalePlansText(), PLANS).lines()).containsExactly(
                "Child Protection Plans open for two years or more with neither end nor delete date (CP-IS080): 2",
                "",
                "NHS number    Local Authority                    Local child id  Start date",
                "999 000 0018  Exampleshire County Council (X09)  C-1             01/04/2023",
                "999 000 0026  Sampleton Borough Council (Y05)    -               15/01/2024");
    }

    @Test
    void textWhenThereAreNone() {
        assertThat(render(new StalePlansText(), List.of())).isEqualTo(
                "Child Protection Plans open for two years or more with neither end nor delete date (CP-IS080): 0"
                        + System.lineSeparator());
    }

    @Test
    void csv() {
        assertThat(render(new StalePlansCsv(), PLANS).lines()).containsExactly(
                "nhs_number,ods_code,local_authority,local_child_id,start_date",
                "9990000018,X09,Exampleshire County Council,C-1,2023-04-01",
                "9990000026,Y05,Sampleton Borough Council,,2024-01-15");
    }

    @Test
    void json() {
        JsonNode json = ReportData.json(render(new StalePlansJson(), PLANS));

        assertThat(json.path("plans")).hasSize(2);
        assertThat(json.path("plans").get(0).path("nhsNumber").asText()).isEqualTo("9990000018");
        assertThat(json.path("plans").get(0).path("localAuthority").path("name").asText())
                .isEqualTo("Exampleshire County Council");
        assertThat(json.path("plans").get(1).path("localChildId").isNull()).isTrue();
        assertThat(json.path("plans").get(1).path("startDate").asText()).isEqualTo("2024-01-15");
    }
}
