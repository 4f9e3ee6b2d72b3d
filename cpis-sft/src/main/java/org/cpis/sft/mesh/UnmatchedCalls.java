package org.cpis.sft.mesh;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import org.cpis.core.access.Transmission;
import org.cpis.sft.exchange.PostOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests that match no MESH call (an unknown path, a method a path does not take): answered in MESH's error shape
 * with the status the JAX-RS runtime chose (404, 405, 415...) and CPIS-M028, and logged; never a stack trace.
 */
final class UnmatchedCalls implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = LoggerFactory.getLogger(UnmatchedCalls.class);

    private final PostOffice postOffice;

    @Context
    private HttpHeaders headers;

    UnmatchedCalls(PostOffice postOffice) {
        this.postOffice = postOffice;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse() == null ? 404 : exception.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedErrors.answer(exception, version(headers));
        }
        MeshVersion version = version(headers);
        String reference = UUID.randomUUID().toString();
        MeshFailure failure = new MeshFailure(MeshProblem.NO_SUCH_CALL, "HTTP " + status + ": see "
                + "docs/exchange/MESH-DOOR.md for the calls CP-IS answers");
        LOG.info("MESH request matched no call: HTTP {} ({})", status, reference);
        postOffice.logCall(Transmission.Direction.IN, null, postOffice.serviceMailbox().value(), "unknown", null, 0,
                MeshProblem.NO_SUCH_CALL.code());
        return MeshJson.answer(status, version, MeshBodies.error(version, failure, reference));
    }

    static MeshVersion version(HttpHeaders headers) {
        try {
            return headers == null ? MeshVersion.V1 : MeshVersion.of(headers.getHeaderString(HttpHeaders.ACCEPT));
        } catch (MeshFailure | IllegalStateException e) {
            return MeshVersion.V1;
        }
    }

    /** Anything else that escaped a call: a 500 with a reference to the server's log. */
    static final class UnexpectedErrors implements ExceptionMapper<Throwable> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(Throwable exception) {
            if (exception instanceof WebApplicationException web && web.getResponse() != null
                    && web.getResponse().getStatus() < 500) {
                return web.getResponse();
            }
            return answer(exception, version(headers));
        }

        static Response answer(Throwable exception, MeshVersion version) {
            String reference = UUID.randomUUID().toString();
            LOG.error("MESH request failed ({})", reference, exception);
            MeshFailure failure = new MeshFailure(MeshProblem.INTERNAL_ERROR, "quote reference " + reference);
            return MeshJson.answer(500, version, MeshBodies.error(version, failure, reference));
        }
    }
}
