package org.cpis.server.runtime;

import java.nio.file.Files;
import java.time.Clock;
import org.cpis.core.access.QueryAccessPolicy;
import org.cpis.core.port.IdGenerator;
import org.cpis.core.query.QueryRefusalAudit;
import org.cpis.core.query.QueryService;
import org.cpis.core.rules.UnbornPlanAccessPolicy;
import org.cpis.gateway.soap.EndpointServices;
import org.cpis.gateway.soap.EndpointSettings;
import org.cpis.gateway.soap.EndpointStartException;
import org.cpis.gateway.soap.NhsQueryEndpoint;
import org.cpis.server.pki.PkiFolder;
import org.cpis.server.pki.PkiPassword;
import org.cpis.server.settings.QuerySettings;
import org.cpis.server.settings.Setting;
import org.cpis.server.settings.Settings;
import org.cpis.server.tls.TlsMaterial;
import org.cpis.store.CpisDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the NHS Query endpoint of the running service over the PostgreSQL stores: HTTPS with mutual TLS from the
 * keys under {@code <data>/pki} ({@code cpis-server pki ...}), or - only when {@code query.http} is switched on -
 * plain HTTP on the loopback address for a local demo, with a loud warning.
 */
final class QueryEndpointLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(QueryEndpointLauncher.class);

    private final EndpointSettings endpoint;
    private final String offReason;

    private QueryEndpointLauncher(EndpointSettings endpoint, String offReason) {
        this.endpoint = endpoint;
        this.offReason = offReason;
    }

    /**
     * Reads the TLS keys (or warns about plain HTTP) before anything else starts. Without keys the endpoint stays
     * off - the rest of the service runs - and the reason names the {@code pki} commands that switch it on.
     */
    static QueryEndpointLauncher prepare(Settings settings) {
        QuerySettings query = settings.query();
        if (query.plainHttp()) {
            return new QueryEndpointLauncher(plainHttp(query), null);
        }
        String missing = missingKeys(PkiFolder.of(settings.dataFolder()));
        if (missing != null) {
            LOG.warn("NHS Query endpoint off: {}", missing);
            return new QueryEndpointLauncher(null, missing);
        }
        return new QueryEndpointLauncher(mutualTls(settings, query), null);
    }

    /** Why the endpoint is off, or {@code null} when it starts. */
    String offReason() {
        return offReason;
    }

    /** Listens for NHS Queries over the service's database; {@code null} when the endpoint is off. */
    NhsQueryEndpoint start(CpisDatabase database, Clock clock) {
        if (endpoint == null) {
            return null;
        }
        EndpointServices services = new EndpointServices(
                new QueryService(database.transactions(), database.organisations(), clock,
                        UnbornPlanAccessPolicy.standard()),
                QueryAccessPolicy.standard(database.accreditedSystems(), database.roleDirectory()),
                new QueryRefusalAudit(database.transactions(), clock),
                database.transmissionLog(), database.accreditedSystems(), clock, IdGenerator.random());
        try {
            return NhsQueryEndpoint.start(endpoint, services);
        } catch (EndpointStartException e) {
            throw new StartupException(e.getMessage() + (e.isPortUnavailable() ? "; choose another port with "
                    + Setting.QUERY_PORT.key() + " (" + Setting.QUERY_PORT.environmentVariable() + ", "
                    + Setting.QUERY_PORT.flag() + ")" : ""), e);
        }
    }

    private static EndpointSettings plainHttp(QuerySettings query) {
        LOG.warn("!!! {}=true: the NHS Query endpoint serves PLAIN HTTP on 127.0.0.1 WITHOUT CLIENT CERTIFICATES."
                + " Any local program can query as any registered system. For a local demo only: never on a machine"
                + " others can use, never with real data.", Setting.QUERY_HTTP.key());
        return EndpointSettings.plainHttpForDemo(query.port(), query.path());
    }

    private static String missingKeys(PkiFolder pki) {
        if (!Files.isRegularFile(pki.caCertificate())) {
            return "no TLS keys in " + pki.directory() + ": run 'cpis-server pki init' and then 'cpis-server pki server'"
                    + " to switch it on (or set " + Setting.QUERY_HTTP.key() + "=true for a local demo over plain HTTP)";
        }
        if (!Files.isRegularFile(pki.serverKeystore())) {
            return "no server certificate in " + pki.directory() + ": run 'cpis-server pki server' to switch it on"
                    + " (or set " + Setting.QUERY_HTTP.key() + "=true for a local demo over plain HTTP)";
        }
        return null;
    }

    private static EndpointSettings mutualTls(Settings settings, QuerySettings query) {
        PkiFolder pki = PkiFolder.of(settings.dataFolder());
        PkiPassword password = PkiPassword.resolve(settings, false);
        if (password.isDevelopment()) {
            LOG.warn(password.warning());
        }
        TlsMaterial tls = TlsMaterial.load(pki.directory(), password.value());
        return EndpointSettings.mutualTls(query.port(), query.path(), tls.keyManagers(), tls.trustManagers());
    }
}
