package org.cpis.sft.mesh;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.sft.exchange.PostOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MESH API calls the door answers (MESH-AND-SFT.md 2.4), each a thin translation to {@link MeshOutbox}, {@link
 * MeshInbox}, {@link MeshTracking} or {@link EndpointLookup}, run by {@link MeshCalls}. Paths and status codes are
 * MESH's; message ids in paths are read upper-cased, as MESH does.
 */
@Path("/messageexchange")
public final class MeshApi {

    private static final Logger LOG = LoggerFactory.getLogger(MeshApi.class);
    private static final String CHUNK = "{chunk: [0-9]{1,5}}";

    private final MeshCalls calls;
    private final MeshOutbox outbox;
    private final MeshInbox inbox;
    private final MeshTracking tracking;
    private final EndpointLookup lookup;

    MeshApi(MeshCalls calls, PostOffice postOffice, MeshDoorSettings settings) {
        this.calls = calls;
        this.outbox = new MeshOutbox(postOffice, settings.maxRequestBytes());
        this.inbox = new MeshInbox(postOffice, settings.downloadChunkBytes());
        this.tracking = new MeshTracking(postOffice);
        this.lookup = new EndpointLookup(postOffice);
    }

    /** Handshake ("validate a mailbox"), once a day: the token and certificate are checked, nothing else. */
    @POST
    @Path("/{mailbox}")
    public Response handshake(@PathParam("mailbox") String mailbox, @Context HttpHeaders headers) {
        return calls.run(headers, mailbox, "MESH handshake", caller -> {
            LOG.info("MESH handshake from {} ({})", caller.mailbox().id(),
                    caller.mex().get(MexHeaders.CLIENT_VERSION) == null ? "no mex-ClientVersion"
                            : caller.mex().get(MexHeaders.CLIENT_VERSION));
            return MeshJson.answer(200, caller.version(),
                    MeshBodies.handshake(caller.version(), caller.mailbox().id().value()));
        });
    }

    /** The MESH sandbox also takes the handshake as a GET. */
    @GET
    @Path("/{mailbox}")
    public Response handshakeByGet(@PathParam("mailbox") String mailbox, @Context HttpHeaders headers) {
        return handshake(mailbox, headers);
    }

    @GET
    @Path("/{mailbox}/inbox")
    public Response inbox(@PathParam("mailbox") String mailbox, @QueryParam("max_results") String maxResults,
                          @QueryParam("continue_from") String continueFrom,
                          @QueryParam("workflow_filter") String workflowFilter, @Context HttpHeaders headers) {
        return calls.run(headers, mailbox, "MESH inbox", caller -> {
            InboxQuery query = InboxQuery.of(maxResults, continueFrom, workflowFilter);
            return MeshJson.answer(200, caller.version(), MeshBodies.inbox(caller.version(),
                    inbox.list(caller.mailbox(), query), query.selfLink(caller.mailbox().id().value()),
                    inbox.count(caller.mailbox())));
        });
    }

    @GET
    @Path("/{mailbox}/count")
    public Response count(@PathParam("mailbox") String mailbox, @Context HttpHeaders headers) {
        return calls.run(headers, mailbox, "MESH count", caller -> MeshJson.answer(200, caller.version(),
                MeshBodies.count(caller.version(), inbox.count(caller.mailbox()), UUID.randomUUID().toString())));
    }

    @GET
    @Path("/{mailbox}/inbox/{messageId}")
    public Response download(@PathParam("mailbox") String mailbox, @PathParam("messageId") String messageId,
                             @Context HttpHeaders headers) {
        return downloadChunk(mailbox, messageId, "1", headers);
    }

    @GET
    @Path("/{mailbox}/inbox/{messageId}/" + CHUNK)
    public Response downloadChunk(@PathParam("mailbox") String mailbox, @PathParam("messageId") String messageId,
                                  @PathParam("chunk") String chunk, @Context HttpHeaders headers) {
        return calls.run(headers, mailbox, "MESH download", caller -> {
            caller.logged();
            return inbox.download(caller.mailbox(), id(messageId), Integer.parseInt(chunk));
        });
    }

    @HEAD
    @Path("/{mailbox}/inbox/{messageId}")
    public Response head(@PathParam("mailbox") String mailbox, @PathParam("messageId") String messageId,
                         @Context HttpHeaders headers) {
        return calls.run(headers, mailbox, "MESH head", caller -> inbox.head(caller.mailbox(), id(messageId)));
    }

    @PUT
    @Path("/{mailbox}/inbox/{messageId}/status/acknowledged")
    public Response acknowledge(@PathParam("mailbox") String mailbox, @PathParam("messageId") String messageId,
                                @Context HttpHeaders headers) {
        return calls.run(headers, mailbox, "MESH acknowledge", caller -> {
            String id = id(messageId);
            inbox.acknowledge(caller.mailbox(), id);
            return MeshJson.answer(200, caller.version(), MeshBodies.acknowledged(caller.version(), id));
        });
    }

    /** Send a message, or chunk 1 of a chunked one: 202 and the new message id. */
    @POST
    @Path("/{mailbox}/outbox")
    public Response send(@PathParam("mailbox") String mailbox, @Context HttpHeaders headers, InputStream body) {
        return calls.run(headers, mailbox, "MESH send", caller -> {
            ExchangeMessage sent = outbox.send(caller.mailbox(), caller.mex(),
                    headers.getHeaderString("Content-Encoding"), body);
            caller.logged();
            return MeshJson.answer(202, caller.version(), MeshBodies.sent(caller.version(), sent.messageId()));
        });
    }

    /** Chunk 2 or later of a chunked send: 202. */
    @POST
    @Path("/{mailbox}/outbox/{messageId}/" + CHUNK)
    public Response sendChunk(@PathParam("mailbox") String mailbox, @PathParam("messageId") String messageId,
                              @PathParam("chunk") String chunk, @Context HttpHeaders headers, InputStream body) {
        return calls.run(headers, mailbox, "MESH send chunk", caller -> {
            String id = id(messageId);
            int k = Integer.parseInt(chunk);
            outbox.chunk(caller.mailbox(), id, k, caller.mex(), headers.getHeaderString("Content-Encoding"), body);
            caller.logged();
            return MeshJson.answer(202, caller.version(), MeshBodies.chunkTaken(caller.version(), id, k));
        });
    }

    @GET
    @Path("/{mailbox}/outbox/tracking")
    public Response track(@PathParam("mailbox") String mailbox, @QueryParam("messageID") String messageId,
                          @Context HttpHeaders headers) {
        return calls.run(headers, mailbox, "MESH tracking", caller -> MeshJson.answer(200, caller.version(),
                tracking.track(caller.mailbox(), messageId, caller.version())));
    }

    @GET
    @Path("/endpointlookup/{odsCode}/{workflowId}")
    public Response endpointLookup(@PathParam("odsCode") String odsCode, @PathParam("workflowId") String workflowId,
                                   @Context HttpHeaders headers) {
        return calls.runOpen(headers, "MESH endpoint lookup", version -> MeshJson.answer(200, version,
                MeshBodies.lookup(version, UUID.randomUUID().toString(), lookup.lookup(odsCode, workflowId))));
    }

    private static String id(String messageId) {
        return messageId.strip().toUpperCase(Locale.ROOT);
    }
}
