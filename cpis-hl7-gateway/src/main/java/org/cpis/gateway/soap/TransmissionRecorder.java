package org.cpis.gateway.soap;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.cpis.core.access.Transmission;
import org.cpis.core.access.TransmissionLog;

/**
 * One transmission log row per message in and per message out of the NHS Query endpoint (CP-IS061): time,
 * direction, origin and destination ASIDs, interaction, message id, size and outcome - never the content.
 * <ul>
 *   <li>in: outcome {@code RECEIVED}, or the fault code when the request was refused at the door (CPIS-S...);</li>
 *   <li>out: {@code OK}, {@code NOT_FOUND}, the code of the broken rule or of the refusal (CPIS-C..., CPIS-A...), or
 *       the fault code; a fault's interaction is {@code SOAP-ENV:Fault}.</li>
 * </ul>
 */
final class TransmissionRecorder {

    static final String RECEIVED = "RECEIVED";
    static final String FAULT = "SOAP-ENV:Fault";
    static final String UNKNOWN_INTERACTION = "unknown";

    private final TransmissionLog log;
    private final Clock clock;

    TransmissionRecorder(TransmissionLog log, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * @param request    what was read of the request, or {@code null} when nothing could be
     * @param soapAction the HTTP SOAPAction, named as the interaction when the body could not be read
     */
    void received(Instant at, RequestEnvelope request, String soapAction, long sizeBytes, String outcome) {
        String interaction = request != null && request.interaction() != null ? request.interaction()
                : soapAction != null && !soapAction.isBlank() ? soapAction : UNKNOWN_INTERACTION;
        log.append(new Transmission(at, Transmission.Direction.IN, request == null ? null : request.originAsid(),
                request == null ? null : request.destinationAsid(), interaction,
                request == null ? null : request.messageId(), sizeBytes, outcome));
    }

    /** A reply was sent. */
    void sent(SentSummary summary, long sizeBytes) {
        log.append(new Transmission(clock.instant(), Transmission.Direction.OUT, summary.origin(),
                summary.destination(), summary.interaction(), summary.messageId(), sizeBytes, summary.outcome()));
    }

    /** What the transmission log keeps of a message going out. */
    record SentSummary(String origin, String destination, String interaction, String messageId, String outcome) {

        static SentSummary of(Reply reply) {
            return new SentSummary(reply.parties().serviceAsid(), reply.parties().requesterAsid(), reply.interaction(),
                    reply.addressingMessageId(), reply.outcome());
        }

        static SentSummary fault(RequestEnvelope request, SoapFaultCode code) {
            return new SentSummary(request == null ? null : request.destinationAsid(),
                    request == null ? null : request.originAsid(), FAULT, null, code.code());
        }
    }
}
