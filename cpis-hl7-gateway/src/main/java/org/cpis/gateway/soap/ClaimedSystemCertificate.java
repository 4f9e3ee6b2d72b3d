package org.cpis.gateway.soap;

import java.security.cert.Certificate;
import java.util.Comparator;
import java.util.Objects;
import org.cpis.core.access.AccreditedSystems;
import org.cpis.core.access.CertificateFingerprint;
import org.cpis.core.model.Asid;
import org.cpis.core.model.InvalidValueException;

/**
 * FOR A LOCAL DEMO OVER PLAIN HTTP ONLY: there is no TLS handshake, so the request is taken to come with a
 * certificate registered for the system its {@code communicationFunctionSnd} names. Anyone who can reach the port
 * can then speak for any registered system; the rest of the access policy (system enabled, user, role, B0107)
 * still applies. Never use it where anyone but the operator can connect.
 */
public final class ClaimedSystemCertificate implements CallerCertificate {

    private final AccreditedSystems systems;

    public ClaimedSystemCertificate(AccreditedSystems systems) {
        this.systems = Objects.requireNonNull(systems, "systems");
    }

    @Override
    public CertificateFingerprint presented(Certificate[] peerCertificates, RequestEnvelope request) {
        String claimed = request.hl7SenderAsid() != null ? request.hl7SenderAsid() : request.senderAsid();
        if (claimed == null) {
            return null;
        }
        try {
            return systems.byAsid(Asid.of(claimed))
                    .flatMap(system -> system.certificates().stream()
                            .min(Comparator.comparing(CertificateFingerprint::hex)))
                    .orElse(null);
        } catch (InvalidValueException e) {
            return null;
        }
    }
}
