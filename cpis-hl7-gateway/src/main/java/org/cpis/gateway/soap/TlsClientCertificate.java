package org.cpis.gateway.soap;

import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import org.cpis.core.access.CertificateFingerprint;

/** The certificate the client presented in the mutual-TLS handshake: the first of its chain. */
public final class TlsClientCertificate implements CallerCertificate {

    @Override
    public CertificateFingerprint presented(Certificate[] peerCertificates, RequestEnvelope request) {
        if (peerCertificates == null || peerCertificates.length == 0) {
            return null;
        }
        try {
            return CertificateFingerprint.ofCertificate(peerCertificates[0].getEncoded());
        } catch (CertificateEncodingException e) {
            return null;
        }
    }
}
