package org.cpis.core.upload;

/**
 * Our own numbered detail codes, one per failed record check, that qualify a record outcome. The
 * published CP-ISUploadRecordResponseDetail vocabulary (which qualifies CPR07) is not available, so CP-IS
 * here defines its own; see docs/CODES.md. Codes never change meaning; new checks get new numbers.
 */
public enum RecordDetail {
    NHS_NUMBER_MISSING("CPRD01", RecordOutcome.CPR07, "NHS number is missing"),
    NHS_NUMBER_NOT_NEW_STYLE("CPRD02", RecordOutcome.CPR04, "NHS number is not 10 digits (old-style or mistyped)"),
    NHS_NUMBER_CHECK_DIGIT("CPRD03", RecordOutcome.CPR04, "NHS number fails the Modulus 11 check digit"),
    LA_NAME_MISSING("CPRD04", RecordOutcome.CPR07, "Local Authority name is missing"),
    LA_CODE_INVALID("CPRD05", RecordOutcome.CPR07, "Local Authority ODS code is missing or not 3-9 letters and digits"),
    EMERGENCY_PHONE_MISSING("CPRD06", RecordOutcome.CPR07, "Emergency duty (out of hours) telephone number is missing"),
    EMERGENCY_PHONE_INVALID("CPRD07", RecordOutcome.CPR07, "Emergency duty telephone number is not a telephone number"),
    OFFICE_PHONE_INVALID("CPRD08", RecordOutcome.CPR07, "Office hours telephone number is not a telephone number"),
    NO_PLAN("CPRD09", RecordOutcome.CPR07, "Record carries no plan"),
    START_DATE_MISSING("CPRD10", RecordOutcome.CPR07, "Plan start date is missing"),
    START_AFTER_END("CPRD11", RecordOutcome.CPR07, "Plan start date is after its end date"),
    DUPLICATE_PLAN_TYPE("CPRD12", RecordOutcome.CPR07, "Record carries two plans of the same type"),
    UCPP_END_DATE_MISSING("CPRD13", RecordOutcome.CPR07, "Unborn child protection plan has no end date (expected due date)"),
    UCPP_NEEDS_MOTHER("CPRD14", RecordOutcome.CPR07, "Unborn child protection plan must be sent with the mother's details (UnbornChild subject)"),
    UNBORN_SUBJECT_WITHOUT_UCPP("CPRD15", RecordOutcome.CPR07, "Unborn child subject carries a plan other than an unborn child protection plan"),
    GIVEN_NAME_MISSING("CPRD16", RecordOutcome.CPR07, "Given name is missing"),
    FAMILY_NAME_MISSING("CPRD17", RecordOutcome.CPR07, "Family name is missing"),
    BIRTH_DATE_MISSING("CPRD18", RecordOutcome.CPR07, "Date of birth is missing"),
    PDS_NOT_FOUND("CPRD19", RecordOutcome.CPR01, "No person with this NHS number on PDS"),
    PDS_NOT_VERIFIED("CPRD20", RecordOutcome.CPR03, "Date of birth and names do not match PDS closely enough"),
    PDS_SENSITIVE("CPRD21", RecordOutcome.CPR02, "PDS record is sensitive: CP-IS information cannot be stored"),
    PDS_SUPERSEDED("CPRD22", RecordOutcome.CPR05, "NHS number has been superseded on PDS: resend with the new NHS number"),
    PDS_INVALID("CPRD23", RecordOutcome.CPR01, "PDS record for this NHS number is marked invalid");

    private final String code;
    private final RecordOutcome outcome;
    private final String message;

    RecordDetail(String code, RecordOutcome outcome, String message) {
        this.code = code;
        this.outcome = outcome;
        this.message = message;
    }

    public String code() {
        return code;
    }

    /** The record outcome this detail always comes with. */
    public RecordOutcome outcome() {
        return outcome;
    }

    public String message() {
        return message;
    }
}
