package org.cpis.core.access;

import java.util.Objects;
import java.util.Optional;
import org.cpis.core.model.Asid;

/**
 * Only authorised NHS end-points may connect (CP-NHS018): the client certificate presented over mutual TLS must
 * be registered for an accredited system, that system must be enabled (CP-IS059), and the ASIDs the message
 * claims must be that system's:
 * <ul>
 *   <li>{@code communicationFunctionSnd} must be the system's ASID;</li>
 *   <li>the system's ASID must be among the {@code author1} ASIDs (the control act may name a second system,
 *       e.g. an intermediary, which is not checked);</li>
 *   <li>a device author's ASID must be the system's ASID: a system queries only as itself.</li>
 * </ul>
 * Checks run in this order, and the first that fails is the answer: no certificate (CPIS-A008), certificate not
 * registered (CPIS-A001), system disabled (CPIS-A003), an ASID not the certificate's (CPIS-A002).
 */
public final class CertificateBindingPolicy {

    private final AccreditedSystems systems;

    public CertificateBindingPolicy(AccreditedSystems systems) {
        this.systems = Objects.requireNonNull(systems, "systems");
    }

    /**
     * @param presented the SHA-256 fingerprint of the client certificate the TLS connection was made with, or
     *                  {@code null} when the client presented none
     */
    public AccessDecision check(CertificateFingerprint presented, SenderClaims claims) {
        Objects.requireNonNull(claims, "claims");
        if (presented == null) {
            return AccessDecision.refused(AccessRefusal.NO_CLIENT_CERTIFICATE,
                    "the connection presented no client certificate");
        }
        Optional<AccreditedSystem> registered = systems.byCertificate(presented);
        if (registered.isEmpty()) {
            return AccessDecision.refused(AccessRefusal.CERTIFICATE_NOT_REGISTERED,
                    "no accredited system is registered with the client certificate SHA-256 " + presented);
        }
        AccreditedSystem system = registered.get();
        if (!system.enabled()) {
            return AccessDecision.refused(AccessRefusal.SYSTEM_DISABLED,
                    "accredited system " + system.asid() + " (" + system.name() + ") is disabled");
        }
        Asid asid = system.asid();
        if (!claims.communicationFunctionSnd().equals(asid)) {
            return notTheCertificates("communicationFunctionSnd", claims.communicationFunctionSnd(), asid);
        }
        if (!claims.author1().isEmpty() && !claims.author1().contains(asid)) {
            return notTheCertificates("author1", claims.author1().get(0), asid);
        }
        if (claims.deviceAuthor() != null && !claims.deviceAuthor().equals(asid)) {
            return notTheCertificates("the device author", claims.deviceAuthor(), asid);
        }
        return AccessDecision.allowed(system);
    }

    private static AccessDecision notTheCertificates(String field, Asid claimed, Asid certificates) {
        return AccessDecision.refused(AccessRefusal.ASID_NOT_THE_CERTIFICATES,
                "ASID " + claimed + " in " + field + " is not " + certificates + ", the system of the client certificate");
    }
}
