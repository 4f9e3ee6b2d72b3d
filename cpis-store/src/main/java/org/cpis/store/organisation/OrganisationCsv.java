package org.cpis.store.organisation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cpis.core.model.OdsCode;
import org.cpis.store.csv.CsvRow;
import org.cpis.store.csv.CsvRows;

/**
 * Loads the organisation directory from CSV (UTF-8, a header line naming the columns in any order):
 * <pre>
 * ods_code,name,role
 * X09,Exampleshire County Council,Local Authority
 * RXX01,"Example Hospitals, Emergency Department",NHS Trust site
 * </pre>
 * {@code ods_code} (3 to 9 upper-case letters or digits) and {@code name} are required; {@code role} may be
 * empty or left out. Each organisation is added or renamed (upsert). An ODS code may appear once per file. Bad
 * input is reported by line and column, and then nothing at all is loaded.
 */
public final class OrganisationCsv {

    public static final List<String> COLUMNS = List.of("ods_code", "name", "role");
    public static final Set<String> REQUIRED = Set.of("ods_code", "name");

    private final OrganisationTable table;

    public OrganisationCsv(OrganisationTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Loads a UTF-8 file; returns how many organisations it held. */
    public int load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /** Loads CSV text, {@code source} naming it in error messages; returns how many organisations it held. */
    public int load(Reader reader, String source) {
        Map<OdsCode, ListedOrganisation> organisations = new LinkedHashMap<>();
        Map<OdsCode, Long> lines = new LinkedHashMap<>();
        for (CsvRow row : CsvRows.read(reader, source, COLUMNS, REQUIRED)) {
            OdsCode code = row.requiredValue("ods_code", OdsCode::of, "an ODS code (3 to 9 upper-case letters or digits)");
            Long earlier = lines.putIfAbsent(code, row.line());
            if (earlier != null) {
                throw row.problem("ods_code", code + " was already given on line " + earlier);
            }
            organisations.put(code, new ListedOrganisation(code, row.requiredText("name"), row.text("role")));
        }
        table.putAll(organisations.values());
        return organisations.size();
    }
}
