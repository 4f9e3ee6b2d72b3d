package org.cpis.store.systems;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cpis.core.access.AccreditedSystem;
import org.cpis.core.access.CertificateFingerprint;
import org.cpis.core.model.Asid;
import org.cpis.core.model.OdsCode;
import org.cpis.store.csv.CsvFlags;
import org.cpis.store.csv.CsvRow;
import org.cpis.store.csv.CsvRows;

/**
 * Loads the allow-list of accredited systems from CSV (UTF-8, a header line naming the columns in any order):
 * <pre>
 * asid,name,ods_code,certificate_sha256,device_queries_allowed,enabled
 * 200000000123,Example ED system,RXX01,3f1c...64 hex digits...,false,true
 * </pre>
 * <ul>
 *   <li>{@code asid} (required): 12 digits;</li>
 *   <li>{@code name} (required): what people call the system;</li>
 *   <li>{@code ods_code} (required): the organisation that runs it;</li>
 *   <li>{@code certificate_sha256}: the SHA-256 fingerprint of a client certificate (64 hex digits, or the
 *       colon-separated form {@code openssl x509 -fingerprint -sha256} prints); empty: none on this line;</li>
 *   <li>{@code device_queries_allowed}: {@code true} or {@code false}, empty meaning false;</li>
 *   <li>{@code enabled}: {@code true} or {@code false}, empty meaning true.</li>
 * </ul>
 * Several lines with the same ASID give the system several certificates; their other columns must agree. A
 * certificate appears once in the file. Each system in the file is added or replaced whole (its certificates become
 * exactly those in the file, its enabled state the file's); systems not in the file are left as they are. Bad input
 * is reported by line and column, and then nothing at all is loaded.
 */
public final class AccreditedSystemCsv {

    public static final List<String> COLUMNS = List.of("asid", "name", "ods_code", "certificate_sha256",
            "device_queries_allowed", "enabled");
    public static final Set<String> REQUIRED = Set.of("asid", "name", "ods_code", "certificate_sha256");

    private final AccreditedSystemTable table;

    public AccreditedSystemCsv(AccreditedSystemTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Loads a UTF-8 file; returns how many systems it held. */
    public int load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /** Loads CSV text, {@code source} naming it in error messages; returns how many systems it held. */
    public int load(Reader reader, String source) {
        Map<Asid, Line> systems = new LinkedHashMap<>();
        Map<Asid, Set<CertificateFingerprint>> certificates = new LinkedHashMap<>();
        Map<CertificateFingerprint, Long> certificateLines = new LinkedHashMap<>();
        for (CsvRow row : CsvRows.read(reader, source, COLUMNS, REQUIRED)) {
            Line line = new Line(row.line(),
                    row.requiredValue("asid", Asid::of, "an ASID (12 digits)"),
                    row.requiredText("name"),
                    row.requiredValue("ods_code", OdsCode::of, "an ODS code (3 to 9 upper-case letters or digits)"),
                    CsvFlags.of(row, "device_queries_allowed", false),
                    CsvFlags.of(row, "enabled", true));
            Line first = systems.putIfAbsent(line.asid, line);
            if (first != null) {
                first.agree(line, row);
            }
            Set<CertificateFingerprint> held = certificates.computeIfAbsent(line.asid, asid -> new LinkedHashSet<>());
            CertificateFingerprint certificate = row.value("certificate_sha256", CertificateFingerprint::of,
                    "a SHA-256 certificate fingerprint (64 hex digits)");
            if (certificate != null) {
                Long earlier = certificateLines.putIfAbsent(certificate, row.line());
                if (earlier != null) {
                    throw row.problem("certificate_sha256", "this certificate was already given on line " + earlier);
                }
                held.add(certificate);
            }
        }
        table.putAll(systems.values().stream().map(l -> new AccreditedSystem(l.asid, l.name, l.organisation,
                certificates.get(l.asid), l.enabled, l.deviceQueriesAllowed)).toList());
        return systems.size();
    }

    private record Line(long line, Asid asid, String name, OdsCode organisation, boolean deviceQueriesAllowed,
                        boolean enabled) {

        void agree(Line later, CsvRow row) {
            agree(row, "name", name, later.name);
            agree(row, "ods_code", organisation, later.organisation);
            agree(row, "device_queries_allowed", deviceQueriesAllowed, later.deviceQueriesAllowed);
            agree(row, "enabled", enabled, later.enabled);
        }

        private void agree(CsvRow row, String column, Object mine, Object theirs) {
            if (!Objects.equals(mine, theirs)) {
                throw row.problem(column, "'" + theirs + "' differs from line " + line + " for the same ASID ('" + mine + "')");
            }
        }
    }
}
