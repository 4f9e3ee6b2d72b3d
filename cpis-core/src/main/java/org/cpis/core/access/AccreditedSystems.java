package org.cpis.core.access;

import java.util.Optional;
import org.cpis.core.model.Asid;

/**
 * The allow-list of accredited systems (CP-NHS018). Every lookup reads the current state, so that a system
 * disabled by an administrator is refused from the next message on (CP-IS059).
 */
public interface AccreditedSystems {

    Optional<AccreditedSystem> byAsid(Asid asid);

    /** The system a client certificate is registered for; a certificate belongs to one system at most. */
    Optional<AccreditedSystem> byCertificate(CertificateFingerprint fingerprint);
}
