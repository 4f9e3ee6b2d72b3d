package org.cpis.gateway.codec.response;

/**
 * One acknowledgementDetail of the Application Acknowledgement transmission wrapper (MCCI_MT020101UK12):
 * {@code typeCode} ER, WG or IF, and its code.
 *
 * @param codeSystem  or {@code null}
 * @param displayName or {@code null}
 */
public record AcknowledgementDetail(String typeCode, String code, String codeSystem, String displayName) {

    public AcknowledgementDetail {
        if (typeCode == null || typeCode.isBlank() || code == null || code.isBlank()) {
            throw new IllegalArgumentException("an acknowledgement detail has a typeCode and a code");
        }
    }
}
