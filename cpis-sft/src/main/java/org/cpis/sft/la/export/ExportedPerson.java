package org.cpis.sft.la.export;

import java.time.LocalDate;

/**
 * A person's CP-IS identifying details as the export gives them: the mother of an unborn child. Any part may be
 * missing; the checks say what is needed.
 */
public record ExportedPerson(String nhsNumber, String givenName, String familyName, LocalDate birthDate) {

    public static final ExportedPerson NONE = new ExportedPerson(null, null, null, null);

    public boolean isEmpty() {
        return nhsNumber == null && givenName == null && familyName == null && birthDate == null;
    }
}
