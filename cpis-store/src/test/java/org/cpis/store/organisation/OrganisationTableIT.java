package org.cpis.store.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.cpis.core.model.OdsCode;
import org.cpis.store.CpisDatabase;
import org.cpis.store.csv.CsvLoadException;
import org.cpis.store.testing.SharedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class OrganisationTableIT {

    private static final String DIRECTORY = """
            ods_code,name,role
            X09,Exampleshire County Council,Local Authority
            RXX01,"Example Hospitals, Emergency Department",NHS Trust site
            B82001,"The ""Old"" Surgery",
            """;

    private final CpisDatabase database;
    private final OrganisationTable organisations;

    OrganisationTableIT(CpisDatabase database) {
        this.database = database;
        this.organisations = database.organisations();
    }

    @BeforeEach
    void emptyTables() {
        SharedDatabase.emptyTables(database);
    }

    @Test
    @DisplayName("CP-IS008: ODS codes loaded from CSV turn into their names, quoted commas and quotes included")
    void csvOrganisationsAreFoundByCode() {
        int loaded = new OrganisationCsv(organisations).load(new StringReader(DIRECTORY), "ods.csv");

        assertThat(loaded).isEqualTo(3);
        assertThat(organisations.nameOf(OdsCode.of("RXX01"))).contains("Example Hospitals, Emergency Department");
        assertThat(organisations.find(OdsCode.of("B82001")))
                .contains(new ListedOrganisation(OdsCode.of("B82001"), "The \"Old\" Surgery", null));
        assertThat(organisations.find(OdsCode.of("X09")).orElseThrow().role()).isEqualTo("Local Authority");
        assertThat(organisations.nameOf(OdsCode.of("Z99"))).isEmpty();
    }

    @Test
    void loadingAgainRenames() {
        new OrganisationCsv(organisations).load(new StringReader(DIRECTORY), "ods.csv");

        organisations.putAll(List.of(new ListedOrganisation(OdsCode.of("X09"), "Exampleshire Council", "Local Authority")));

        assertThat(organisations.nameOf(OdsCode.of("X09"))).contains("Exampleshire Council");
        assertThat(organisations.nameOf(OdsCode.of("RXX01"))).isPresent();
    }

    @Test
    void badCodesAndRepeatedCodesAreRefusedByLineAndNothingIsLoaded() {
        OrganisationCsv csv = new OrganisationCsv(organisations);

        assertThatThrownBy(() -> csv.load(new StringReader(DIRECTORY + "x1,lower case,\n"), "ods.csv"))
                .isInstanceOf(CsvLoadException.class)
                .hasMessageContaining("ods.csv line 5, column ods_code: 'x1' is not an ODS code");
        assertThatThrownBy(() -> csv.load(new StringReader(DIRECTORY + "X09,Again,\n"), "ods.csv"))
                .hasMessageContaining("ods.csv line 5, column ods_code: X09 was already given on line 2");
        assertThatThrownBy(() -> csv.load(new StringReader(DIRECTORY + "Y17,,\n"), "ods.csv"))
                .hasMessageContaining("ods.csv line 5, column name: a value is required");
        assertThat(organisations.nameOf(OdsCode.of("X09"))).isEmpty();
    }
}
