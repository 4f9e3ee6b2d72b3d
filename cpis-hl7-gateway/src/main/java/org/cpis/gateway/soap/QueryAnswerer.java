package org.cpis.gateway.soap;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cpis.core.access.AccessDecision;
import org.cpis.core.access.CertificateFingerprint;
import org.cpis.core.access.QueryAccessPolicy;
import org.cpis.core.port.IdGenerator;
import org.cpis.core.query.QueryRefusalAudit;
import org.cpis.core.query.QueryResult;
import org.cpis.core.query.QueryService;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.query.NhsQueryCodec;
import org.cpis.gateway.codec.query.NhsQueryMessage;

/**
 * Answers one admitted NHS Query request (issue 4, section 1), with no knowledge of SOAP or HTTP:
 * <ol>
 *   <li>decode QUPC_IN000006GB01 (schema and message rules) and check the systems it names; a broken rule is an
 *       Application Acknowledgement AE naming the field (CPIS-C...);</li>
 *   <li>ask whether this client certificate, system and author may query (CP-NHS018, CP-IS042, CP-IS059); a
 *       refusal is an Application Acknowledgement AE with its access code (CPIS-A...), kept in the audit trail;</li>
 *   <li>run the query ({@link QueryService}: visible plans, the access event stored in the same transaction, the
 *       condensed history); a visible record is a Query Response, anything else "NHS Number Not Found".</li>
 * </ol>
 * Thread-safe.
 */
public final class QueryAnswerer {

    private final NhsQueryCodec queryCodec = new NhsQueryCodec();
    private final QueryService queries;
    private final QueryAccessPolicy access;
    private final QueryRefusalAudit refusals;
    private final Replies replies;
    private final String defaultServiceAsid;

    /**
     * @param clock              the time of the replies
     * @param ids                new message and payload ids
     * @param defaultServiceAsid the ASID CP-IS answers from when a request does not say which it addressed
     */
    public QueryAnswerer(QueryService queries, QueryAccessPolicy access, QueryRefusalAudit refusals, Clock clock,
                         IdGenerator ids, String defaultServiceAsid) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.access = Objects.requireNonNull(access, "access");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
        this.replies = new Replies(clock, ids);
        this.defaultServiceAsid = Objects.requireNonNull(defaultServiceAsid, "defaultServiceAsid");
    }

    /**
     * @param request   what the door read of the request
     * @param body      the QUPC_IN000006GB01 element, as bytes
     * @param presented the client certificate the request came with, or {@code null} when none
     */
    public Reply answer(RequestEnvelope request, byte[] body, CertificateFingerprint presented) {
        ReplyParties parties = ReplyParties.of(request, defaultServiceAsid);
        NhsQueryMessage message;
        try {
            message = queryCodec.decode(body);
        } catch (DecodeException e) {
            return replies.ruleBroken(parties, request.acknowledgedMessageId().orElseThrow(), e.problems());
        }
        UUID messageId = message.header().messageId();
        List<Problem> problems = SenderChecks.problems(request, message);
        if (!problems.isEmpty()) {
            return replies.ruleBroken(parties, messageId, problems);
        }
        parties = new ReplyParties(message.header().receiverAsids().get(0), message.header().senderAsid());
        AccessDecision decision = access.check(presented, SenderChecks.claims(message), message.query().author());
        if (decision instanceof AccessDecision.Refused refused) {
            refusals.record(message.query(), refused);
            return replies.accessDenied(parties, messageId, refused);
        }
        QueryResult result = queries.query(message.query());
        return result instanceof QueryResult.Found found
                ? replies.found(parties, found)
                : replies.notFound(parties, messageId);
    }
}
