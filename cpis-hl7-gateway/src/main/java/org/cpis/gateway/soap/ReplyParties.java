package org.cpis.gateway.soap;

import java.util.Objects;

/**
 * Who a reply goes between: CP-IS answers from the ASID the request was addressed to and to the ASID that sent it
 * (communicationFunctionRcv/Snd swapped).
 *
 * @param serviceAsid   CP-IS's ASID: the request's receiver, or the endpoint's own when the request names none
 * @param requesterAsid the sending system's ASID, or {@link #UNKNOWN_ASID} when the request names none
 */
public record ReplyParties(String serviceAsid, String requesterAsid) {

    /** The receiver of a reply to a request that names no sender (it breaks the schema, and is told so). */
    public static final String UNKNOWN_ASID = "000000000000";

    public ReplyParties {
        Objects.requireNonNull(serviceAsid, "serviceAsid");
        Objects.requireNonNull(requesterAsid, "requesterAsid");
    }

    /** The parties as the request's envelope and body name them. */
    public static ReplyParties of(RequestEnvelope request, String defaultServiceAsid) {
        String service = request.destinationAsid() != null ? request.destinationAsid() : defaultServiceAsid;
        String requester = request.originAsid() != null ? request.originAsid() : UNKNOWN_ASID;
        return new ReplyParties(service, requester);
    }
}
