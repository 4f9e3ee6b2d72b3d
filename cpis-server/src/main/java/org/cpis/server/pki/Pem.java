package org.cpis.server.pki;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** Certificates as PEM text, the form curl, openssl and most HL7 clients read. */
public final class Pem {

    private Pem() {
    }

    public static String certificate(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new PkiException("cannot encode the certificate " + certificate.getSubjectX500Principal(), e);
        }
    }
}
