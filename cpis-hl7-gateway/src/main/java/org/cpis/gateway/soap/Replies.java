package org.cpis.gateway.soap;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cpis.core.access.AccessDecision;
import org.cpis.core.port.IdGenerator;
import org.cpis.core.query.QueryResult;
import org.cpis.gateway.codec.ControlAct;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.TransmissionHeader;
import org.cpis.gateway.codec.response.ApplicationAcknowledgementCodec;
import org.cpis.gateway.codec.response.ApplicationAcknowledgementMessage;
import org.cpis.gateway.codec.response.QueryActFailedCodec;
import org.cpis.gateway.codec.response.QueryActFailedMessage;
import org.cpis.gateway.codec.response.QueryResponseCodec;
import org.cpis.gateway.codec.response.QueryResponseMessage;

/**
 * Writes the four answers to an NHS Query with the codecs, each from CP-IS's ASID to the requester's, with a new
 * message id and the time of the clock: the Query Response (in Spine's outer {@code CP-ISNHSQueryResponse}), "NHS
 * Number Not Found" (QUQI_IN010000UK14, also in the outer element), and the Application Acknowledgement AE for a
 * broken rule or a refused sender (bare, never in the outer element). Thread-safe.
 */
final class Replies {

    private final Clock clock;
    private final IdGenerator ids;
    private final QueryResponseCodec responses = new QueryResponseCodec();
    private final QueryActFailedCodec failures = new QueryActFailedCodec();
    private final ApplicationAcknowledgementCodec acknowledgements = new ApplicationAcknowledgementCodec();

    Replies(Clock clock, IdGenerator ids) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    Reply found(ReplyParties parties, QueryResult.Found result) {
        TransmissionHeader header = header(QueryResponseMessage.INTERACTION, parties);
        byte[] body = responses.encodeEnvelope(new QueryResponseMessage(header, controlAct(parties), ids.next(), result));
        return new Reply(QueryResponseMessage.INTERACTION, body, header.messageId(), parties, Reply.FOUND);
    }

    Reply notFound(ReplyParties parties, UUID queryMessageId) {
        TransmissionHeader header = header(QueryActFailedMessage.INTERACTION, parties);
        byte[] body = failures.encodeEnvelope(QueryActFailedMessage.nhsNumberNotFound(header, queryMessageId,
                controlAct(parties)));
        return new Reply(QueryActFailedMessage.INTERACTION, body, header.messageId(), parties, Reply.NOT_FOUND);
    }

    Reply ruleBroken(ReplyParties parties, UUID queryMessageId, List<Problem> problems) {
        TransmissionHeader header = header(ApplicationAcknowledgementMessage.INTERACTION, parties);
        byte[] body = acknowledgements.encode(ApplicationAcknowledgementMessage.businessRuleFailure(header,
                queryMessageId, controlAct(parties), problems));
        return new Reply(ApplicationAcknowledgementMessage.INTERACTION, body, header.messageId(), parties,
                problems.get(0).code());
    }

    Reply accessDenied(ReplyParties parties, UUID queryMessageId, AccessDecision.Refused refusal) {
        TransmissionHeader header = header(ApplicationAcknowledgementMessage.INTERACTION, parties);
        byte[] body = acknowledgements.encode(ApplicationAcknowledgementMessage.accessDenied(header, queryMessageId,
                controlAct(parties), refusal.code(), refusal.reason().message() + ": " + refusal.detail()));
        return new Reply(ApplicationAcknowledgementMessage.INTERACTION, body, header.messageId(), parties,
                refusal.code());
    }

    private TransmissionHeader header(String interaction, ReplyParties parties) {
        return TransmissionHeader.live(ids.next(), clock.instant(), interaction, List.of(parties.requesterAsid()),
                parties.serviceAsid());
    }

    private static ControlAct controlAct(ReplyParties parties) {
        return new ControlAct(List.of(parties.serviceAsid()), null);
    }
}
