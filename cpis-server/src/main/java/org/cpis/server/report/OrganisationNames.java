package org.cpis.server.report;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.port.OrganisationDirectory;

/**
 * The names of the organisations a report names by ODS code only (the audit trail keeps codes), looked up once in
 * the organisation directory (CP-IS008). A code the directory does not list is shown as the code alone.
 */
public final class OrganisationNames {

    private final Map<OdsCode, String> names;

    private OrganisationNames(Map<OdsCode, String> names) {
        this.names = Map.copyOf(names);
    }

    public static OrganisationNames none() {
        return new OrganisationNames(Map.of());
    }

    public static OrganisationNames of(Map<OdsCode, String> names) {
        return new OrganisationNames(names);
    }

    /** Looks up every distinct code of {@code codes} ({@code null}s are skipped). */
    public static OrganisationNames lookUp(Collection<OdsCode> codes, OrganisationDirectory directory) {
        Map<OdsCode, String> found = new TreeMap<>();
        codes.stream().filter(Objects::nonNull).distinct()
                .forEach(code -> directory.nameOf(code).ifPresent(name -> found.put(code, name)));
        return new OrganisationNames(found);
    }

    /** These names, and for the codes they lack, the names {@code known} carry (e.g. the LA names of an upload). */
    public OrganisationNames orNamesOf(Collection<Organisation> known) {
        Map<OdsCode, String> all = new TreeMap<>(names);
        known.forEach(organisation -> all.putIfAbsent(organisation.code(), organisation.name()));
        return new OrganisationNames(all);
    }

    public Optional<String> nameOf(OdsCode code) {
        return Optional.ofNullable(code == null ? null : names.get(code));
    }

    /** {@code Example Hospitals NHS Trust (RX1)}, the code alone when not listed, or {@value ReportTimes#NONE}. */
    public String label(OdsCode code) {
        if (code == null) {
            return ReportTimes.NONE;
        }
        return nameOf(code).map(name -> name + " (" + code + ")").orElse(code.value());
    }
}
