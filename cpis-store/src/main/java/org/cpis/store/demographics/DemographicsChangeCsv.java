package org.cpis.store.demographics;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cpis.core.exchange.DemographicsChange;
import org.cpis.core.model.NhsNumber;
import org.cpis.store.csv.CsvRow;
import org.cpis.store.csv.CsvRows;

/**
 * Loads a demographics change file (CP-IS012) into the change feed, from CSV (UTF-8, a header line naming the
 * columns in any order):
 * <pre>
 * nhs_number,replacement_nhs_number,kind
 * 9990000050,9990000069,SUPERSEDED
 * 9990000077,,MERGED
 * </pre>
 * <ul>
 *   <li>{@code nhs_number} (required): the number PDS no longer uses, 10 digits passing the Modulus 11 check;</li>
 *   <li>{@code replacement_nhs_number}: the number that replaced it, or empty when not known; never the same
 *       number; the column may be left out;</li>
 *   <li>{@code kind} (required): {@code SUPERSEDED} or {@code MERGED}, in any case.</li>
 * </ul>
 * A number may appear on several lines only with the same replacement and kind (repeats count once). Bad input is
 * reported by line and column, and then nothing at all is loaded; the load is one transaction. A change already in
 * the feed is left as it is, so loading the same file twice records nothing new.
 */
public final class DemographicsChangeCsv {

    public static final List<String> COLUMNS = List.of("nhs_number", "replacement_nhs_number", "kind");
    public static final Set<String> REQUIRED = Set.of("nhs_number", "kind");

    private static final String NHS_NUMBER = "an NHS number (10 digits passing the Modulus 11 check)";
    private static final String KIND = "a kind of change (SUPERSEDED or MERGED)";

    private final DemographicsChangeTable changes;
    private final Clock clock;

    /**
     * @param changes the feed
     * @param clock   gives the time each change is recorded at
     */
    public DemographicsChangeCsv(DemographicsChangeTable changes, Clock clock) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a load did: how many changes the file held and how many of them were new to the feed. */
    public record Loaded(int changes, int added) {
    }

    /** Loads a UTF-8 file. */
    public Loaded load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /** Loads CSV text, {@code source} naming it in error messages. */
    public Loaded load(Reader reader, String source) {
        Map<NhsNumber, Line> lines = new LinkedHashMap<>();
        for (CsvRow row : CsvRows.read(reader, source, COLUMNS, REQUIRED)) {
            Line line = new Line(row);
            Line first = lines.putIfAbsent(line.change.inactive(), line);
            if (first != null) {
                first.mustAgreeWith(line, row);
            }
        }
        List<InactiveNumber> all = lines.values().stream().map(l -> l.change).toList();
        int added = all.isEmpty() ? 0 : changes.recordAll(all, clock.instant());
        return new Loaded(all.size(), added);
    }

    private static DemographicsChange.Kind kind(String text) {
        return DemographicsChange.Kind.valueOf(text.toUpperCase(Locale.ROOT));
    }

    /** One data line, read and checked. */
    private static final class Line {
        private final long number;
        private final InactiveNumber change;

        Line(CsvRow row) {
            number = row.line();
            NhsNumber inactive = row.requiredValue("nhs_number", NhsNumber::of, NHS_NUMBER);
            NhsNumber replacement = row.value("replacement_nhs_number", NhsNumber::of, NHS_NUMBER);
            DemographicsChange.Kind kind = row.requiredValue("kind", DemographicsChangeCsv::kind, KIND);
            if (inactive.equals(replacement)) {
                throw row.problem("replacement_nhs_number", "'" + replacement.value()
                        + "' is the number it would replace; give the new NHS number, or leave it empty if not known");
            }
            change = new InactiveNumber(inactive, replacement, kind);
        }

        void mustAgreeWith(Line later, CsvRow row) {
            if (!Objects.equals(change.replacement(), later.change.replacement())) {
                throw row.problem("replacement_nhs_number", "'" + text(later.change.replacement())
                        + "' differs from line " + number + " for the same NHS number ('" + text(change.replacement())
                        + "'); a number is replaced by one number");
            }
            if (change.kind() != later.change.kind()) {
                throw row.problem("kind", "'" + later.change.kind() + "' differs from line " + number
                        + " for the same NHS number ('" + change.kind() + "')");
            }
        }

        private static String text(NhsNumber number) {
            return number == null ? "" : number.value();
        }
    }
}
