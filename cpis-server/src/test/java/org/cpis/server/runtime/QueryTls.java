package org.cpis.server.runtime;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.cpis.core.access.CertificateFingerprint;
import org.cpis.core.model.Asid;
import org.cpis.server.pki.DevelopmentCa;
import org.cpis.server.pki.IssuedCertificate;
import org.cpis.server.pki.PkiFolder;
import org.cpis.server.tls.TlsMaterial;

/**
 * The PKI of the NHS Query tests, made as {@code cpis-server pki init}, {@code pki server} and {@code pki client}
 * make it, in a data folder: the development CA, the server's certificate, and client identities - some signed by
 * that CA, one by a CA the server does not know.
 */
final class QueryTls {

    static final char[] PASSWORD = "test-pki-password".toCharArray();
    private static final Duration VALIDITY = Duration.ofDays(30);

    private final PkiFolder folder;
    private final DevelopmentCa ca;
    private final DevelopmentCa strangerCa;

    private QueryTls(PkiFolder folder, DevelopmentCa ca, DevelopmentCa strangerCa) {
        this.folder = folder;
        this.ca = ca;
        this.strangerCa = strangerCa;
    }

    /** The CA and the server's keys under {@code <dataFolder>/pki}. */
    static QueryTls create(Path dataFolder) throws Exception {
        PkiFolder folder = PkiFolder.of(dataFolder);
        Files.createDirectories(folder.directory());
        DevelopmentCa ca = DevelopmentCa.create("CP-IS test CA", VALIDITY, Clock.systemUTC());
        ca.save(folder.caKeystore(), folder.caCertificate(), PASSWORD);
        ca.issueServer(List.of(), VALIDITY).save(folder.serverKeystore(), folder.serverCertificate(),
                DevelopmentCa.SERVER_ALIAS, PASSWORD);
        return new QueryTls(folder, ca, DevelopmentCa.create("Stranger CA", VALIDITY, Clock.systemUTC()));
    }

    /** A client identity for a system, signed by the development CA. */
    Identity client(String asid, String name) {
        return identity(ca.issueClient(Asid.of(asid), name, VALIDITY), asid);
    }

    /** A client identity signed by a CA the server does not trust. */
    Identity stranger(String asid) {
        return identity(strangerCa.issueClient(Asid.of(asid), "Stranger", VALIDITY), "stranger-" + asid);
    }

    /** A client that trusts the development CA but presents no certificate. */
    HttpClient anonymous() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, TlsMaterial.load(folder.serverKeystore(), PASSWORD, folder.caCertificate()).trustManagers(),
                null);
        return http(context);
    }

    private Identity identity(IssuedCertificate issued, String fileName) {
        Path keystore = folder.directory().resolve("test-clients").resolve(fileName + ".p12");
        issued.save(keystore, folder.directory().resolve("test-clients").resolve(fileName + ".pem"),
                DevelopmentCa.CLIENT_ALIAS, PASSWORD);
        TlsMaterial material = TlsMaterial.load(keystore, PASSWORD, folder.caCertificate());
        return new Identity(issued.fingerprint(), material);
    }

    static HttpClient http(SSLContext context) {
        return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A client's certificate and keys, as a system would hold them. */
    record Identity(CertificateFingerprint fingerprint, TlsMaterial material) {

        HttpClient http() {
            return QueryTls.http(material.sslContext());
        }
    }
}
