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

    private QueryEndpointLauncher(EndpointSettings endpoint) {
        this.endpoint = endpoint;
    }

    /**
     * Reads the TLS keys (or warns about plain HTTP) before anything else starts, so that a service without keys
     * says at once which {@code pki} commands to run.
     */
    static QueryEndpointLauncher prepare(Settings settings) {
        QuerySettings query = settings.query();
        return new QueryEndpointLauncher(query.plainHttp() ? plainHttp(query) : mutualTls(settings, query));
    }

    /** Listens for NHS Queries over the service's database. */
    NhsQueryEndpoint start(CpisDatabase database, Clock clock) {
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

    private static EndpointSettings mutualTls(Settings settings, QuerySettings query) {
        PkiFolder pki = PkiFolder.of(settings.dataFolder());
        if (!Files.isRegularFile(pki.caCertificate())) {
            throw new StartupException("no TLS keys for the NHS Query endpoint in " + pki.directory()
                    + ": run 'cpis-server pki init' and then 'cpis-server pki server' (or set "
                    + Setting.QUERY_HTTP.key() + "=true for a local demo over plain HTTP)");
        }
        if (!Files.isRegularFile(pki.serverKeystore())) {
            throw new StartupException("no server certificate for the NHS Query endpoint in " + pki.directory()
                    + ": run 'cpis-server pki server' (or set " + Setting.QUERY_HTTP.key()
                    + "=true for a local demo over plain HTTP)");
        }
        PkiPassword password = PkiPassword.resolve(settings, false);
        if (password.isDevelopment()) {
            LOG.warn(password.warning());
        }
        TlsMaterial tls = TlsMaterial.load(pki.directory(), password.value());
        return EndpointSettings.mutualTls(query.port(), query.path(), tls.keyManagers(), tls.trustManagers());
    }
}
