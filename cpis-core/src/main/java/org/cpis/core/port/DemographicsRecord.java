package org.cpis.core.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PersonName;

/**
 * What PDS says about one NHS number.
 *
 * @param currentNames every current name of the person (the cross-check matches against all of them)
 * @param sensitive    the record carries the S-flag (CPR02)
 * @param invalid      the record is marked invalid and its details suppressed
 * @param supersededBy the NHS number that replaced this one, or {@code null} (CPR05, CP-IS012)
 * @param deathDate    date of death, or {@code null} (audit retention, CP-IS076)
 */
public record DemographicsRecord(NhsNumber nhsNumber, LocalDate birthDate, List<PersonName> currentNames,
                                 boolean sensitive, boolean invalid, NhsNumber supersededBy, LocalDate deathDate) {

    public DemographicsRecord {
        Objects.requireNonNull(nhsNumber, "nhsNumber");
        currentNames = List.copyOf(currentNames);
    }

    public Optional<NhsNumber> replacement() {
        return Optional.ofNullable(supersededBy);
    }

    public boolean isSuperseded() {
        return supersededBy != null;
    }
}
