package org.cpis.gateway.codec.query;

import java.util.Objects;
import org.cpis.core.query.NhsQuery;
import org.cpis.gateway.codec.ControlAct;
import org.cpis.gateway.codec.TransmissionHeader;

/** A CP-IS NHS Query interaction (QUPC_IN000006GB01): its wrappers and the query itself. */
public record NhsQueryMessage(TransmissionHeader header, ControlAct controlAct, NhsQuery query) {

    public static final String INTERACTION = "QUPC_IN000006GB01";

    public NhsQueryMessage {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(controlAct, "controlAct");
        Objects.requireNonNull(query, "query");
    }
}
