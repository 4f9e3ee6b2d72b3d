package org.cpis.gateway.soap;

import java.security.cert.Certificate;
import org.cpis.core.access.CertificateFingerprint;

/** Which client certificate a request came with, for the certificate binding of the access policy (CP-NHS018). */
@FunctionalInterface
public interface CallerCertificate {

    /**
     * @param peerCertificates the TLS peer's certificate chain, client certificate first; {@code null} or empty
     *                         when there was none (plain HTTP)
     * @param request          what was read of the request
     * @return the client certificate's SHA-256 fingerprint, or {@code null} when there is none
     */
    CertificateFingerprint presented(Certificate[] peerCertificates, RequestEnvelope request);
}
