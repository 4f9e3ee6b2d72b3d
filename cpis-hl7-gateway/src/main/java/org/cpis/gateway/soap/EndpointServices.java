package org.cpis.gateway.soap;

import java.time.Clock;
import java.util.Objects;
import org.cpis.core.access.AccreditedSystems;
import org.cpis.core.access.QueryAccessPolicy;
import org.cpis.core.access.TransmissionLog;
import org.cpis.core.port.IdGenerator;
import org.cpis.core.query.QueryRefusalAudit;
import org.cpis.core.query.QueryService;

/**
 * What the NHS Query endpoint works with, all from the core: the query use case, who may ask, where refusals and
 * transmissions are kept, the clock and new ids. The service wires the PostgreSQL implementations; tests may wire
 * in-memory ones.
 *
 * @param systems the allow-list of accredited systems, used only by the plain-HTTP demo
 *                ({@link ClaimedSystemCertificate}); the access policy reads it as well
 */
public record EndpointServices(QueryService queries, QueryAccessPolicy access, QueryRefusalAudit refusals,
                               TransmissionLog transmissions, AccreditedSystems systems, Clock clock, IdGenerator ids) {

    public EndpointServices {
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(refusals, "refusals");
        Objects.requireNonNull(transmissions, "transmissions");
        Objects.requireNonNull(systems, "systems");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
    }
}
