package org.cpis.gateway.codec.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cpis.gateway.codec.ControlAct;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.TransmissionHeader;

/**
 * An Application Acknowledgement interaction (MCCI_IN010000UK13): AA (accepted), AE (error) or AR (rejected)
 * for the message it names, with any acknowledgement details, and - when a control act is sent - its reasons.
 * CP-IS sends it to refuse an NHS Query it cannot answer.
 *
 * @param controlAct the control act, or {@code null} (then there are no reasons)
 */
public record ApplicationAcknowledgementMessage(TransmissionHeader header, String typeCode, UUID acknowledgedMessageId,
                                                List<AcknowledgementDetail> details, ControlAct controlAct,
                                                List<DetectedIssue> reasons) {

    public static final String INTERACTION = "MCCI_IN010000UK13";
    /** Spine's generic business error, which NHS systems already handle. */
    public static final DetectedIssue SPINE_BUSINESS_ERROR =
            DetectedIssue.spineError("GE002", "Unexpected business error encountered.");
    /** CP-IS's own code for a query the sender or its user may not make (docs/CODES.md). */
    public static final String ACCESS_DENIED_CODE = "CPIS-A001";

    public ApplicationAcknowledgementMessage {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(acknowledgedMessageId, "acknowledgedMessageId");
        details = List.copyOf(details);
        reasons = List.copyOf(reasons);
        if (controlAct == null && !reasons.isEmpty()) {
            throw new IllegalArgumentException("reasons travel in the control act: none without one");
        }
        if (!INTERACTION.equals(header.interactionId())) {
            throw new IllegalArgumentException("an application acknowledgement's header names " + INTERACTION
                    + ", not " + header.interactionId());
        }
    }

    /**
     * A message CP-IS cannot act on because it breaks a rule: AE, Spine's GE002 first (what NHS systems know),
     * then one reason per problem with its CPIS-C code and its message and element path as display, so a person
     * can find and fix the field.
     */
    public static ApplicationAcknowledgementMessage businessRuleFailure(TransmissionHeader header, UUID acknowledgedMessageId,
                                                                       ControlAct controlAct, List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a business-rule failure names at least one problem");
        }
        List<DetectedIssue> reasons = new ArrayList<>();
        reasons.add(SPINE_BUSINESS_ERROR);
        for (Problem p : problems) {
            reasons.add(DetectedIssue.cpisError(p.code(), p.path().isEmpty() ? p.message() : p.message() + " (" + p.path() + ")"));
        }
        return new ApplicationAcknowledgementMessage(header, "AE", acknowledgedMessageId, List.of(), controlAct, reasons);
    }

    /**
     * A query the sending system or its user may not make: AE, Spine's GE002, then CPIS-A001 "Access denied: "
     * and why (e.g. which role or system is not allowed).
     */
    public static ApplicationAcknowledgementMessage accessDenied(TransmissionHeader header, UUID acknowledgedMessageId,
                                                                 ControlAct controlAct, String why) {
        return accessDenied(header, acknowledgedMessageId, controlAct, ACCESS_DENIED_CODE, why);
    }

    /**
     * A query refused by an access decision with its own code (CPIS-A001 to CPIS-A011, docs/CODES.md "Access
     * decisions"): AE, Spine's GE002, then that code with "Access denied: " and why.
     */
    public static ApplicationAcknowledgementMessage accessDenied(TransmissionHeader header, UUID acknowledgedMessageId,
                                                                 ControlAct controlAct, String accessCode, String why) {
        return new ApplicationAcknowledgementMessage(header, "AE", acknowledgedMessageId, List.of(), controlAct,
                List.of(SPINE_BUSINESS_ERROR, DetectedIssue.cpisError(Objects.requireNonNull(accessCode, "accessCode"),
                        "Access denied: " + Objects.requireNonNull(why, "why"))));
    }
}
