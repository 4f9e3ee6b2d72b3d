package org.cpis.gateway.soap;

/**
 * Why CP-IS answered an NHS Query request with a SOAP fault instead of an HL7 message: the request could not be
 * read or routed. Each has a stable CP-IS code (never reused for another meaning), the Spine TMS error code it is
 * sent with ({@code 101}: the request cannot be taken, as Spine answers an unknown SOAPAction; {@code 200}: system
 * failure), whose fault it is, and where in the request the problem lies. See docs/CODES.md, "SOAP faults".
 */
public enum SoapFaultCode {
    UNKNOWN_ACTION("CPIS-S001", "101", true, "HTTP Header - SOAPAction",
            "the SOAPAction is not an action of this service; send " + QueryServiceNames.REQUEST_ACTION),
    ADDRESSING_ACTION("CPIS-S002", "101", true, "SOAP Header - wsa:Action",
            "wsa:Action is missing or is not " + QueryServiceNames.REQUEST_ACTION),
    NOT_AN_ENVELOPE("CPIS-S003", "101", true, "SOAP Envelope",
            "the request is not a well-formed SOAP 1.1 envelope"),
    REFUSED_BEFORE_READING("CPIS-S004", "101", true, "SOAP Envelope",
            "the request was refused before reading"),
    TOO_LARGE("CPIS-S005", "101", true, "HTTP Body",
            "the request is larger than this service accepts"),
    NOT_A_QUERY("CPIS-S006", "101", true, "SOAP Body",
            "the SOAP body must hold exactly one " + QueryServiceNames.REQUEST_INTERACTION),
    MESSAGE_ID_MISSING("CPIS-S007", "101", true, "SOAP Header - wsa:MessageID",
            "wsa:MessageID is missing"),
    SYSTEM_FAILURE("CPIS-S008", "200", false, "",
            "CP-IS could not process the message; send it again later");

    private final String code;
    private final String tmsErrorCode;
    private final boolean clientFault;
    private final String location;
    private final String message;

    SoapFaultCode(String code, String tmsErrorCode, boolean clientFault, String location, String message) {
        this.code = code;
        this.tmsErrorCode = tmsErrorCode;
        this.clientFault = clientFault;
        this.location = location;
        this.message = message;
    }

    /** The stable CP-IS code, e.g. {@code CPIS-S001}. */
    public String code() {
        return code;
    }

    /** The Spine TMS error code sent in {@code nasp:errorCode}. */
    public String tmsErrorCode() {
        return tmsErrorCode;
    }

    /** {@code true}: the request is at fault (SOAP-ENV:Client); {@code false}: CP-IS is (SOAP-ENV:Server). */
    public boolean isClientFault() {
        return clientFault;
    }

    /** Where the problem is, for {@code nasp:location}; empty when nowhere in particular. */
    public String location() {
        return location;
    }

    public String message() {
        return message;
    }
}
