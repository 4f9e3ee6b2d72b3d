package org.cpis.core.port;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.cpis.core.model.NhsNumber;

/** The Personal Demographics Service (PDS) as CP-IS uses it to verify uploaded NHS numbers (CP-IS002). */
public interface Demographics {

    /** The person with this NHS number, or empty when PDS has none. */
    Optional<DemographicsRecord> lookup(NhsNumber nhsNumber) throws DemographicsUnavailableException;

    /** Several people in one call; numbers PDS does not know are absent from the map. */
    Map<NhsNumber, DemographicsRecord> lookupAll(Collection<NhsNumber> nhsNumbers) throws DemographicsUnavailableException;
}
