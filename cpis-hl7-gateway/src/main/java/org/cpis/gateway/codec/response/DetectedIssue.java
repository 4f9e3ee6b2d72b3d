package org.cpis.gateway.codec.response;

import java.util.Objects;

/**
 * One reason of a control act (reason/justifyingDetectedIssueEvent/code): why a query failed or a message was
 * refused. {@code qualifierCode} says how serious: ER error, WG warning, IF information.
 *
 * @param codeSystem  the code's system, or {@code null} (CP-IS's own CPIS-... codes travel without one)
 * @param displayName the words for a person, or {@code null}
 */
public record DetectedIssue(String code, String codeSystem, String displayName, String qualifierCode) {

    /** Spine's error and issue codes (e.g. GE002, NHSNCC002). */
    public static final String SPINE_CODE_SYSTEM = "2.16.840.1.113883.2.1.3.2.4.17.42";
    public static final String ERROR = "ER";

    public DetectedIssue {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a detected issue has a code");
        }
    }

    /** An error from Spine's code system. */
    public static DetectedIssue spineError(String code, String displayName) {
        return new DetectedIssue(code, SPINE_CODE_SYSTEM, Objects.requireNonNull(displayName, "displayName"), ERROR);
    }

    /** An error with one of CP-IS's own codes, which have no registered code system. */
    public static DetectedIssue cpisError(String code, String displayName) {
        return new DetectedIssue(code, null, Objects.requireNonNull(displayName, "displayName"), ERROR);
    }
}
