package org.cpis.core.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cpis.core.access.AccreditedSystem;
import org.cpis.core.access.AccreditedSystems;
import org.cpis.core.access.CertificateFingerprint;
import org.cpis.core.model.Asid;
import org.cpis.core.model.OdsCode;

/** The allow-list of accredited systems, in memory: registered, enabled and disabled by the test. */
public final class InMemoryAccreditedSystems implements AccreditedSystems {

    private final Map<Asid, AccreditedSystem> systems = new ConcurrentHashMap<>();

    public InMemoryAccreditedSystems register(AccreditedSystem system) {
        for (CertificateFingerprint fingerprint : system.certificates()) {
            byCertificate(fingerprint).filter(other -> !other.asid().equals(system.asid())).ifPresent(other -> {
                throw new IllegalArgumentException("certificate " + fingerprint + " is already " + other.asid() + "'s");
            });
        }
        systems.put(system.asid(), system);
        return this;
    }

    /** An enabled system of ODS code RX1 with one certificate, allowed device queries or not. */
    public InMemoryAccreditedSystems register(String asid, String name, CertificateFingerprint certificate,
                                              boolean deviceQueriesAllowed) {
        return register(new AccreditedSystem(Asid.of(asid), name, OdsCode.of("RX1"), Set.of(certificate), true,
                deviceQueriesAllowed));
    }

    public void setEnabled(String asid, boolean enabled) {
        systems.computeIfPresent(Asid.of(asid), (key, system) -> system.withEnabled(enabled));
    }

    public List<AccreditedSystem> all() {
        return List.copyOf(systems.values());
    }

    @Override
    public Optional<AccreditedSystem> byAsid(Asid asid) {
        return Optional.ofNullable(systems.get(asid));
    }

    @Override
    public Optional<AccreditedSystem> byCertificate(CertificateFingerprint fingerprint) {
        return systems.values().stream().filter(s -> s.hasCertificate(fingerprint)).findFirst();
    }

    /** A made-up certificate fingerprint: the SHA-256 of the text given. */
    public static CertificateFingerprint fingerprint(String certificateName) {
        return CertificateFingerprint.ofCertificate(certificateName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
