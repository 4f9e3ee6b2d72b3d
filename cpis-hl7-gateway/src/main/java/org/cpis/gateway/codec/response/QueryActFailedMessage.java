package org.cpis.gateway.codec.response;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cpis.gateway.codec.ControlAct;
import org.cpis.gateway.codec.TransmissionHeader;

/**
 * A Query Act Failed interaction (QUQI_IN010000UK14): CP-IS's answer to an NHS Query when there is nothing to
 * return. The acknowledgement (typeCode, the query message it answers, any details) sits in the transmission
 * wrapper; the reasons and the query response code (ID: issue detected) in the control act.
 */
public record QueryActFailedMessage(TransmissionHeader header, String acknowledgementTypeCode,
                                    UUID acknowledgedMessageId, List<AcknowledgementDetail> details,
                                    ControlAct controlAct, List<DetectedIssue> reasons, String queryResponseCode) {

    public static final String INTERACTION = "QUQI_IN010000UK14";
    /** The display Spine gives both reasons of its "No Records Found" answer. */
    public static final String NHS_NUMBER_NOT_FOUND = "NHS Number Not Found";

    public QueryActFailedMessage {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(acknowledgementTypeCode, "acknowledgementTypeCode");
        Objects.requireNonNull(acknowledgedMessageId, "acknowledgedMessageId");
        details = List.copyOf(details);
        Objects.requireNonNull(controlAct, "controlAct");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(queryResponseCode, "queryResponseCode");
        if (!INTERACTION.equals(header.interactionId())) {
            throw new IllegalArgumentException("a query act failure's header names " + INTERACTION + ", not "
                    + header.interactionId());
        }
    }

    /**
     * CP-IS's "no records found" answer (CP-IS015), in Spine's shape: acknowledgement AE referring to the query
     * message, no acknowledgement detail, the reasons {@code 1} and {@code NHSNCC002} (Spine code system,
     * "NHS Number Not Found", qualifier ER) and query response code ID. See docs/WIRE-FORMAT.md.
     */
    public static QueryActFailedMessage nhsNumberNotFound(TransmissionHeader header, UUID queryMessageId,
                                                          ControlAct controlAct) {
        return new QueryActFailedMessage(header, "AE", queryMessageId, List.of(), controlAct,
                List.of(DetectedIssue.spineError("1", NHS_NUMBER_NOT_FOUND),
                        DetectedIssue.spineError("NHSNCC002", NHS_NUMBER_NOT_FOUND)),
                "ID");
    }
}
