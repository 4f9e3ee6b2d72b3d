package org.cpis.store.demographics;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PersonName;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.store.csv.CsvRow;
import org.cpis.store.csv.CsvRows;

/**
 * Loads the PDS stand-in from CSV (UTF-8, a header line naming the columns in any order):
 * <pre>
 * nhs_number,birth_date,death_date,given_name,family_name,sensitive,invalid,superseded_by
 * 9990000018,2015-03-01,,Amy,Smith,false,false,
 * 9990000018,2015-03-01,,Amy,Jones,false,false,
 * </pre>
 * <ul>
 *   <li>{@code nhs_number} (required): 10 digits passing the Modulus 11 check;</li>
 *   <li>{@code birth_date}, {@code death_date}: {@code yyyy-mm-dd}, or empty;</li>
 *   <li>{@code given_name}, {@code family_name}: one current name; several rows with the same NHS number give
 *       the person several current names (the other columns must then agree);</li>
 *   <li>{@code sensitive}, {@code invalid}: {@code true} or {@code false}, empty meaning false;</li>
 *   <li>{@code superseded_by}: the NHS number that replaced this one, or empty.</li>
 * </ul>
 * The columns {@code nhs_number, birth_date, given_name, family_name} must be in the header; the others may
 * be left out. Each person in the file is added or replaced whole (upsert). Bad input is reported by line and
 * column, and then nothing at all is loaded.
 */
public final class DemographicsCsv {

    public static final List<String> COLUMNS = List.of("nhs_number", "birth_date", "death_date", "given_name",
            "family_name", "sensitive", "invalid", "superseded_by");
    public static final Set<String> REQUIRED = Set.of("nhs_number", "birth_date", "given_name", "family_name");

    private static final String NHS_NUMBER = "an NHS number (10 digits passing the Modulus 11 check)";
    private static final String DATE = "a date (yyyy-mm-dd)";
    private static final String FLAG = "true or false";

    private final DemographicsTable table;

    public DemographicsCsv(DemographicsTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Loads a UTF-8 file; returns how many people it held. */
    public int load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /** Loads CSV text, {@code source} naming it in error messages; returns how many people it held. */
    public int load(Reader reader, String source) {
        Map<NhsNumber, Person> people = new LinkedHashMap<>();
        for (CsvRow row : CsvRows.read(reader, source, COLUMNS, REQUIRED)) {
            Person person = new Person(row);
            Person first = people.putIfAbsent(person.nhsNumber, person);
            if (first != null) {
                first.addNamesOf(person, row);
            }
        }
        table.putAll(people.values().stream().map(Person::record).toList());
        return people.size();
    }

    private static boolean flag(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    /** A person as gathered from the rows of one NHS number. */
    private static final class Person {
        private final long line;
        private final NhsNumber nhsNumber;
        private final LocalDate birthDate;
        private final LocalDate deathDate;
        private final boolean sensitive;
        private final boolean invalid;
        private final NhsNumber supersededBy;
        private final List<PersonName> names = new ArrayList<>();

        Person(CsvRow row) {
            line = row.line();
            nhsNumber = row.requiredValue("nhs_number", NhsNumber::of, NHS_NUMBER);
            birthDate = row.value("birth_date", LocalDate::parse, DATE);
            deathDate = row.value("death_date", LocalDate::parse, DATE);
            sensitive = Boolean.TRUE.equals(row.value("sensitive", DemographicsCsv::flag, FLAG));
            invalid = Boolean.TRUE.equals(row.value("invalid", DemographicsCsv::flag, FLAG));
            supersededBy = row.value("superseded_by", NhsNumber::of, NHS_NUMBER);
            String given = row.text("given_name");
            String family = row.text("family_name");
            if (given != null || family != null) {
                names.add(new PersonName(given, family));
            }
        }

        /** Takes the names of a later row of the same person, whose other columns must agree with this one's. */
        void addNamesOf(Person later, CsvRow row) {
            agree(row, "birth_date", birthDate, later.birthDate);
            agree(row, "death_date", deathDate, later.deathDate);
            agree(row, "sensitive", sensitive, later.sensitive);
            agree(row, "invalid", invalid, later.invalid);
            agree(row, "superseded_by", supersededBy, later.supersededBy);
            names.addAll(later.names);
        }

        private void agree(CsvRow row, String column, Object mine, Object theirs) {
            if (!Objects.equals(mine, theirs)) {
                throw row.problem(column, "'" + (theirs == null ? "" : theirs) + "' differs from line " + line
                        + " for the same NHS number (" + (mine == null ? "empty" : "'" + mine + "'") + ")");
            }
        }

        DemographicsRecord record() {
            return new DemographicsRecord(nhsNumber, birthDate, names, sensitive, invalid, supersededBy, deathDate);
        }
    }
}
