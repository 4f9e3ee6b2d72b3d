package org.cpis.sft.la;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_C;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cpis.core.model.PlanType;
import org.cpis.sft.la.export.ChildExport;
import org.cpis.sft.la.export.ExportProblem;
import org.cpis.sft.la.export.ExportReader;
import org.cpis.sft.la.export.ExportedChild;
import org.cpis.sft.la.export.ExportedPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the case-management export, CSV and JSON; errors name the line, the child and the field. */
class ExportReadingTest {

    @TempDir
    Path temp;

    private Path file(String name, String text) {
        Path p = temp.resolve(name);
        LaFixture.write(p, text);
        return p;
    }

    private static final String CSV = """
            \uFEFFLocal Child ID,NHS Number,Given Name,Family Name,Date of Birth,Plan Type,Plan Start Date,Plan End Date,\
            LAC Legal Status,Due Date,Mother NHS Number,Mother Given Name,Mother Family Name,Mother Date of Birth,Key Worker
            1001,999 000 0018,Amy,Adams,20/05/2015,CPP,01/09/2025,,,,,,,,Sam Social
            1001,9990000018,Amy,Adams,2015-05-20,lac,2024-06-01,,C1,,,,,,Sam Social
            1003,,,,,UCPP,2026-01-15,,,2026-09-30,9990000034,Mary,"Clark, née Smith",1995-02-03,Kim Keyworker
            """;

    private static final String JSON = """
            {"exportedAt": "2026-03-02", "children": [
              {"localChildId": "1001", "nhsNumber": "999 000 0018", "givenName": "Amy", "familyName": "Adams",
               "dateOfBirth": "20/05/2015", "keyWorker": "Sam Social",
               "plans": [{"type": "CPP", "startDate": "01/09/2025"},
                         {"type": "lac", "startDate": "2024-06-01", "lacLegalStatus": "C1"}]},
              {"localChildId": "1003", "dueDate": "2026-09-30",
               "mother": {"nhsNumber": 9990000034, "givenName": "Mary", "familyName": "Clark, née Smith",
                          "dateOfBirth": "1995-02-03"},
               "plans": [{"type": "UCPP", "startDate": "2026-01-15"}]}
            ]}
            """;

    @Test
    @DisplayName("CSV: header names in any case and spacing, one row per plan, dates DD/MM/YYYY or YYYY-MM-DD, other columns ignored")
    void csv() {
        ChildExport export = ExportReader.read(file("export.csv", CSV));

        assertThat(export.problems()).isEmpty();
        assertThat(export.children()).hasSize(2);
        ExportedChild amy = export.children().get(0);
        assertThat(amy.localId()).isEqualTo("1001");
        assertThat(amy.nhsNumber()).isEqualTo(NHS_A);
        assertThat(amy.birthDate()).isEqualTo(LocalDate.of(2015, 5, 20));
        assertThat(amy.plans()).extracting(ExportedPlan::type).containsExactly(PlanType.CPP, PlanType.LAC);
        assertThat(amy.plans().get(1).lacLegalStatus()).isEqualTo("C1");
        assertThat(amy.where()).isEqualTo("line 2 to line 3");
        ExportedChild unborn = export.children().get(1);
        assertThat(unborn.mother().nhsNumber()).isEqualTo(NHS_C);
        assertThat(unborn.mother().familyName()).isEqualTo("Clark, née Smith");
        assertThat(unborn.dueDate()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    @DisplayName("JSON: the same children as the CSV")
    void jsonGivesTheSameChildren() {
        ChildExport csv = ExportReader.read(file("export.csv", CSV));
        ChildExport json = ExportReader.read(file("export.json", JSON));

        assertThat(json.problems()).isEmpty();
        assertThat(json.children()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("where", "plans.where")
                .isEqualTo(csv.children());
    }

    @Test
    @DisplayName("A value that is not a date names the file, line, child and column; the child is not used, the others are")
    void badDate() {
        ChildExport export = ExportReader.read(file("export.csv", ExportRow.header() + "\n"
                + ExportRow.child("1001", NHS_A, "Amy", "Adams", "31/02/2015").cpp("2025-09-01").csv() + "\n"
                + ExportRow.child("1002", "9990000026", "Ben", "Brown", "2012-01-31").cpp("2025-09-01").csv() + "\n"));

        assertThat(export.children()).extracting(ExportedChild::localId).containsExactly("1002");
        assertThat(export.problems()).singleElement().extracting(ExportProblem::describe).isEqualTo(
                "CPIS-L005 export.csv line 2, child 1001, date_of_birth: '31/02/2015' is not a date (use DD/MM/YYYY or"
                        + " YYYY-MM-DD)");
        assertThat(export.unreadableChildren()).containsExactly("1001");
    }

    @Test
    @DisplayName("Rows of one child that disagree about the child are named (CPIS-L006)")
    void inconsistentRows() {
        ExportRow amy = ExportRow.child("1001", NHS_A, "Amy", "Adams", "2015-05-20");
        ChildExport export = ExportReader.read(file("export.csv", ExportRow.header() + "\n"
                + amy.cpp("2025-09-01").csv() + "\n" + amy.with("date_of_birth", "2015-05-21").lac("2024-06-01", "C1").csv()
                + "\n"));

        assertThat(export.children()).isEmpty();
        assertThat(export.problems()).singleElement().extracting(ExportProblem::describe).isEqualTo(
                "CPIS-L006 export.csv line 3, child 1001, date_of_birth: '21/05/2015' differs from '20/05/2015' on line"
                        + " 2; a child's own details must be the same on every row of that child");
    }

    @Test
    @DisplayName("An unknown plan type, a row without child id: each named")
    void badPlanTypeAndMissingId() {
        ChildExport export = ExportReader.read(file("export.csv", ExportRow.header() + "\n"
                + ExportRow.child("1001", NHS_A, "Amy", "Adams", "2015-05-20").plan("CIN", "2025-09-01").csv() + "\n"
                + ExportRow.child(null, NHS_A, "Amy", "Adams", "2015-05-20").cpp("2025-09-01").csv() + "\n"));

        assertThat(export.problems()).extracting(ExportProblem::describe).containsExactlyInAnyOrder(
                "CPIS-L005 export.csv line 3, local_child_id: is empty: every row names its child",
                "CPIS-L005 export.csv line 2, child 1001, plan_type: 'CIN' is not a plan type (use CPP, UCPP or LAC)");
    }

    @Test
    @DisplayName("A CSV without a required column is refused whole (CPIS-L004), naming the column")
    void missingColumn() {
        assertThatThrownBy(() -> ExportReader.read(file("export.csv", "local_child_id,nhs_number\n1001,9990000018\n")))
                .isInstanceOf(LaClientException.class)
                .hasMessageStartingWith("CPIS-L004 export.csv has no column given_name, family_name, date_of_birth,"
                        + " plan_type, plan_start_date");
    }

    @Test
    @DisplayName("JSON problems name the child, the field and the line; broken JSON is refused whole with its line")
    void jsonProblems() {
        ChildExport export = ExportReader.read(file("export.json", """
                [
                  {"localChildId": "1001", "dateOfBirth": "yesterday", "plans": [{"type": "CPP", "startDate": "2025-09-01"}]},
                  {"localChildId": "1002", "givenName": ["Ben"]},
                  {"localChildId": "1003", "plans": [{"startDate": "2025-09-01"}]}
                ]
                """));

        assertThat(export.problems()).extracting(ExportProblem::describe).containsExactly(
                "CPIS-L005 export.json child 1 (line 2), child 1001, dateOfBirth: 'yesterday' is not a date (use"
                        + " DD/MM/YYYY or YYYY-MM-DD)",
                "CPIS-L005 export.json child 2 (line 3), child 1002, givenName: must be a text value, not an array",
                "CPIS-L005 export.json child 3 (line 4), child 1003, plans[0].type: is missing (use CPP, UCPP or LAC)");
        assertThatThrownBy(() -> ExportReader.read(file("broken.json", "{\"children\": [ {\"localChildId\": }")))
                .hasMessageStartingWith("CPIS-L004 broken.json is not valid JSON at line 1");
        assertThatThrownBy(() -> ExportReader.read(file("export.txt", "x")))
                .hasMessageStartingWith("CPIS-L004 export ");
    }
}
