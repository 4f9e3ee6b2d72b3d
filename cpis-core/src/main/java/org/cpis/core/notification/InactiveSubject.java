package org.cpis.core.notification;

import java.util.Objects;
import java.util.Optional;
import org.cpis.core.model.NhsNumber;

/** One NHS number an LA sent that is no longer active, with its replacement when PDS knows it (CP-IS012). */
public record InactiveSubject(NhsNumber inactiveNhsNumber, String localChildId, NhsNumber replacement,
                              String uploadFileId) {

    public InactiveSubject {
        Objects.requireNonNull(inactiveNhsNumber, "inactiveNhsNumber");
        Objects.requireNonNull(uploadFileId, "uploadFileId");
    }

    public Optional<NhsNumber> replacementIfKnown() {
        return Optional.ofNullable(replacement);
    }
}
