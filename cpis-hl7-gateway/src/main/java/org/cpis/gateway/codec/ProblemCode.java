package org.cpis.gateway.codec;

/** The stable codes of message problems the codecs and the validator report. See docs/CODES.md. */
public enum ProblemCode {
    UNREADABLE("CPIS-C001", "the file is not well-formed XML"),
    UNKNOWN_ROOT("CPIS-C002", "the root element is not a CP-IS message"),
    SCHEMA("CPIS-C003", "the message does not follow the CP-IS schema"),
    UNSAFE("CPIS-C004", "the message was refused before reading"),
    WRONG_MESSAGE("CPIS-C005", "the message is not the one expected here"),
    NHS_NUMBER("CPIS-C010", "NHS number is not valid"),
    DATE("CPIS-C011", "not a real calendar date or time"),
    PLAN_DATES("CPIS-C012", "plan start date is after its end date"),
    UCPP_END_DATE("CPIS-C013", "unborn child protection plan has no end date (due date)"),
    RECORD_COUNT("CPIS-C014", "transmissionQuantity does not equal the number of records"),
    ACK_COUNTS("CPIS-C015", "failed and successful record counts do not add up"),
    CONTENT_ID("CPIS-C016", "npfitlc:contentId does not name the element that follows it"),
    CODE_SYSTEM("CPIS-C017", "wrong code system"),
    INTERACTION_ID("CPIS-C018", "interactionId does not match the root element"),
    DISPLAY_NAME("CPIS-C019", "display name does not match the code"),
    ODS_CODE("CPIS-C020", "not an ODS code"),
    VALUE("CPIS-C021", "value not allowed here"),
    DUPLICATE_PLAN("CPIS-C022", "two plans of the same type in one record"),
    SUBJECT_PLAN("CPIS-C023", "plan and subject do not go together"),
    TOTALS("CPIS-C024", "a total does not equal what the message carries"),
    PERSON_IDS("CPIS-C025", "a person's ids must be one NHS number and at most one local identifier"),
    ACCESS_CHILD("CPIS-C026", "the accesses of one record access name different children"),
    LA_EMERGENCY_PHONE("CPIS-C027", "the Local Authority has no emergency duty (EC) telephone number"),
    ONE_CHILD("CPIS-C028", "the query response names more than one NHS number"),
    SUBJECTS("CPIS-C029", "a record names more than one subject"),
    HEADER_MISMATCH("CPIS-C030", "the SOAP header and the HL7 message name different systems");

    private final String code;
    private final String message;

    ProblemCode(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }
}
