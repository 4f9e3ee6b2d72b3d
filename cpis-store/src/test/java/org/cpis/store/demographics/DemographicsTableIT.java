package org.cpis.store.demographics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.store.testing.Fixtures.CHILD;
import static org.cpis.store.testing.Fixtures.COUSIN;
import static org.cpis.store.testing.Fixtures.MOTHER;
import static org.cpis.store.testing.Fixtures.NEIGHBOUR;
import static org.cpis.store.testing.Fixtures.SISTER;
import static org.cpis.store.testing.Fixtures.UNKNOWN;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PersonName;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.core.port.DemographicsUnavailableException;
import org.cpis.store.CpisDatabase;
import org.cpis.store.csv.CsvLoadException;
import org.cpis.store.testing.SharedDatabase;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

@ExtendWith(SharedDatabase.class)
class DemographicsTableIT {

    private static final String PEOPLE = """
            nhs_number,birth_date,death_date,given_name,family_name,sensitive,invalid,superseded_by
            9990000018,2015-03-01,,Amy,Smith,false,false,
            9990000026,2013-11-30,,Beth,Smith,,,
            9990000018,2015-03-01,,Amelia,Smith-Jones,false,false,
            9990000034,1995-07-14,2024-02-02,Mary,"O'Brien, née Smith",true,,
            9990000050,2016-01-01,,,,false,true,9990000069
            """;

    private final CpisDatabase database;
    private final DemographicsTable demographics;

    DemographicsTableIT(CpisDatabase database) {
        this.database = database;
        this.demographics = database.demographics();
    }

    @BeforeEach
    void emptyTables() {
        SharedDatabase.emptyTables(database);
    }

    @Test
    @DisplayName("CP-IS002: people loaded from CSV are found with every current name, flags and dates")
    void csvPeopleAreFoundWithAllTheirNames() {
        int loaded = new DemographicsCsv(demographics).load(new StringReader(PEOPLE), "people.csv");

        assertThat(loaded).isEqualTo(4);
        assertThat(demographics.lookup(CHILD)).contains(new DemographicsRecord(CHILD, LocalDate.of(2015, 3, 1),
                List.of(new PersonName("Amy", "Smith"), new PersonName("Amelia", "Smith-Jones")), false, false, null, null));
        assertThat(demographics.lookup(MOTHER)).contains(new DemographicsRecord(MOTHER, LocalDate.of(1995, 7, 14),
                List.of(new PersonName("Mary", "O'Brien, née Smith")), true, false, null, LocalDate.of(2024, 2, 2)));
        assertThat(demographics.lookup(COUSIN)).contains(new DemographicsRecord(COUSIN, LocalDate.of(2016, 1, 1),
                List.of(), false, true, NEIGHBOUR, null));
        assertThat(demographics.lookup(UNKNOWN)).isEmpty();
    }

    @Test
    void lookupAllAnswersForSeveralNumbersLeavingOutUnknownOnes() {
        new DemographicsCsv(demographics).load(new StringReader(PEOPLE), "people.csv");

        Map<NhsNumber, DemographicsRecord> people = demographics.lookupAll(List.of(CHILD, SISTER, UNKNOWN, CHILD));

        assertThat(people).containsOnlyKeys(CHILD, SISTER);
        assertThat(people.get(SISTER).currentNames()).containsExactly(new PersonName("Beth", "Smith"));
        assertThat(demographics.lookupAll(List.of())).isEmpty();
    }

    @Test
    void loadingAgainReplacesEachPersonWhole() {
        DemographicsCsv csv = new DemographicsCsv(demographics);
        csv.load(new StringReader(PEOPLE), "people.csv");

        csv.load(new StringReader("""
                NHS_Number,Family_Name,Given_Name,Birth_Date,Superseded_By
                9990000018,Jones,Amy,2015-03-02,9990000026
                """), "update.csv");

        assertThat(demographics.lookup(CHILD)).contains(new DemographicsRecord(CHILD, LocalDate.of(2015, 3, 2),
                List.of(new PersonName("Amy", "Jones")), false, false, SISTER, null));
        assertThat(demographics.lookup(SISTER)).isPresent();
    }

    @Test
    void aFileIsReadFromDiskAsUtf8(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("pds.csv");
        Files.writeString(file, "\uFEFF" + PEOPLE, StandardCharsets.UTF_8);

        assertThat(new DemographicsCsv(demographics).load(file)).isEqualTo(4);
        assertThat(demographics.lookup(MOTHER).orElseThrow().currentNames().get(0).family()).isEqualTo("O'Brien, née Smith");
    }

    @Test
    void badInputNamesLineAndColumnAndLoadsNothing() {
        String csv = PEOPLE + "9990000042,2019-02-30,,Zed,Bad,false,false,\n";

        assertThatThrownBy(() -> new DemographicsCsv(demographics).load(new StringReader(csv), "people.csv"))
                .isInstanceOf(CsvLoadException.class)
                .hasMessageContaining("people.csv line 7, column birth_date: '2019-02-30' is not a date (yyyy-mm-dd)")
                .hasMessageContaining("nothing was loaded");
        assertThat(demographics.lookup(CHILD)).isEmpty();
    }

    @Test
    void rowsOfOnePersonMustAgreeOnEverythingButTheName() {
        String csv = PEOPLE + "9990000026,2013-11-30,,Bethany,Smith,true,,\n";

        assertThatThrownBy(() -> new DemographicsCsv(demographics).load(new StringReader(csv), "people.csv"))
                .hasMessageContaining("line 7, column sensitive: 'true' differs from line 3 for the same NHS number");
    }

    @Test
    void invalidNhsNumbersAndFlagsAndMissingColumnsAreRefused() {
        DemographicsCsv csv = new DemographicsCsv(demographics);

        assertThatThrownBy(() -> csv.load(new StringReader("nhs_number,birth_date,given_name,family_name\n"
                + "9990000019,2015-03-01,Amy,Smith\n"), "a.csv"))
                .hasMessageContaining("a.csv line 2, column nhs_number: '9990000019' is not an NHS number");
        assertThatThrownBy(() -> csv.load(new StringReader("nhs_number,birth_date,given_name,family_name,invalid\n"
                + "9990000018,2015-03-01,Amy,Smith,maybe\n"), "b.csv"))
                .hasMessageContaining("b.csv line 2, column invalid: 'maybe' is not true or false");
        assertThatThrownBy(() -> csv.load(new StringReader("nhs_number,given_name,family_name\n"), "c.csv"))
                .hasMessageContaining("c.csv line 1: the header has no column 'birth_date'");
    }

    @Test
    @DisplayName("CPF05: with demographics switched off every lookup fails as unavailable, until switched on again")
    void operatorSwitchMakesDemographicsUnavailable() {
        new DemographicsCsv(demographics).load(new StringReader(PEOPLE), "people.csv");

        demographics.setAvailable(false);

        assertThat(demographics.isAvailable()).isFalse();
        assertThatThrownBy(() -> demographics.lookup(CHILD)).isInstanceOf(DemographicsUnavailableException.class)
                .hasMessageContaining("switched off");
        assertThatThrownBy(() -> demographics.lookupAll(List.of(CHILD, SISTER)))
                .isInstanceOf(DemographicsUnavailableException.class);

        demographics.setAvailable(true);

        assertThat(demographics.lookup(CHILD)).isPresent();
    }

    @Test
    @DisplayName("CPF05: a database that cannot be reached makes demographics unavailable, not a raw SQL error")
    void unreachableDatabaseIsUnavailableDemographics() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://localhost:1/cpis");
        DemographicsTable unreachable = new DemographicsTable(DSL.using(nowhere, SQLDialect.POSTGRES));

        assertThatThrownBy(() -> unreachable.lookup(CHILD)).isInstanceOf(DemographicsUnavailableException.class)
                .hasMessageContaining("cannot be read");
    }
}
