package org.cpis.gateway.codec.response;

import java.util.Objects;
import java.util.UUID;
import org.cpis.core.query.QueryResult;
import org.cpis.gateway.codec.ControlAct;
import org.cpis.gateway.codec.TransmissionHeader;

/**
 * A CP-IS NHS Query Response interaction (REPC_IN000007GB01): its wrappers, the payload's own id
 * (CP-ISNHSQueryResponse/id) and the positive trace it carries. The payload's effectiveTime is the result's
 * {@code respondedAt}; its totals (TRAR, TRCR) are the result's history and entry counts.
 */
public record QueryResponseMessage(TransmissionHeader header, ControlAct controlAct, UUID payloadId,
                                   QueryResult.Found result) {

    public static final String INTERACTION = "REPC_IN000007GB01";

    public QueryResponseMessage {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(controlAct, "controlAct");
        Objects.requireNonNull(payloadId, "payloadId");
        Objects.requireNonNull(result, "result");
        if (!INTERACTION.equals(header.interactionId())) {
            throw new IllegalArgumentException("a query response's header names " + INTERACTION + ", not "
                    + header.interactionId());
        }
    }
}
