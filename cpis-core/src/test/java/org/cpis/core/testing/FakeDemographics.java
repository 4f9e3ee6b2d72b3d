package org.cpis.core.testing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PersonName;
import org.cpis.core.port.Demographics;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.core.port.DemographicsUnavailableException;

/** A fake PDS: people added by the test, and a switch to make it unavailable. */
public final class FakeDemographics implements Demographics {

    private final Map<NhsNumber, DemographicsRecord> people = new HashMap<>();
    private boolean available = true;
    private int calls;

    public FakeDemographics add(DemographicsRecord person) {
        people.put(person.nhsNumber(), person);
        return this;
    }

    public FakeDemographics person(String nhs, LocalDate birthDate, String given, String family) {
        return add(new DemographicsRecord(NhsNumber.of(nhs), birthDate, List.of(new PersonName(given, family)),
                false, false, null, null));
    }

    public void setAvailable(boolean available) {
        this.available = available;
    }

    public int calls() {
        return calls;
    }

    @Override
    public Optional<DemographicsRecord> lookup(NhsNumber nhsNumber) {
        check();
        return Optional.ofNullable(people.get(nhsNumber));
    }

    @Override
    public Map<NhsNumber, DemographicsRecord> lookupAll(Collection<NhsNumber> nhsNumbers) {
        check();
        Map<NhsNumber, DemographicsRecord> out = new HashMap<>();
        nhsNumbers.forEach(n -> Optional.ofNullable(people.get(n)).ifPresent(p -> out.put(n, p)));
        return out;
    }

    private void check() {
        calls++;
        if (!available) {
            throw new DemographicsUnavailableException("fake PDS switched off");
        }
    }
}
