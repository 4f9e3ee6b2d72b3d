package org.cpis.core.access;

import java.util.Objects;
import java.util.Set;
import org.cpis.core.model.Asid;
import org.cpis.core.model.InvalidValueException;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.ValueError;

/**
 * An NHS system accredited to query CP-IS (CP-NHS018): its ASID, the organisation that runs it, the client
 * certificates it connects with, and what it may do.
 *
 * @param name                 what people call the system, e.g. "Example Hospitals ED system"
 * @param organisation         the ODS code of the organisation that runs it
 * @param certificates         the SHA-256 fingerprints of its client certificates (several during a renewal;
 *                             none: it cannot connect)
 * @param enabled              {@code false}: every message from it is refused at once (CP-IS059)
 * @param deviceQueriesAllowed whether it may query as a device author, without a smartcard user
 *                             (COCT_TP145104GB01 System; CP-NHS006, CP-NHS019: its own access controls decide)
 */
public record AccreditedSystem(Asid asid, String name, OdsCode organisation, Set<CertificateFingerprint> certificates,
                               boolean enabled, boolean deviceQueriesAllowed) {

    public AccreditedSystem {
        Objects.requireNonNull(asid, "asid");
        Objects.requireNonNull(organisation, "organisation");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException(ValueError.NAME_MISSING, asid.value());
        }
        certificates = Set.copyOf(certificates);
    }

    public boolean hasCertificate(CertificateFingerprint fingerprint) {
        return certificates.contains(fingerprint);
    }

    public AccreditedSystem withEnabled(boolean enabled) {
        return new AccreditedSystem(asid, name, organisation, certificates, enabled, deviceQueriesAllowed);
    }
}
