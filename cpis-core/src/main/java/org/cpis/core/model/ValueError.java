package org.cpis.core.model;

/** The stable, numbered codes of value-type validation errors. Codes never change meaning. */
public enum ValueError {
    NHS_NUMBER_MISSING("CPIS-V001", "NHS number is missing"),
    NHS_NUMBER_NOT_TEN_DIGITS("CPIS-V002", "NHS number must be exactly 10 digits (new style)"),
    NHS_NUMBER_CHECK_DIGIT("CPIS-V003", "NHS number fails the Modulus 11 check digit"),
    ODS_CODE_INVALID("CPIS-V004", "ODS code must be 3 to 9 upper-case letters or digits"),
    JOB_ROLE_CODE_INVALID("CPIS-V005", "job role code must be non-blank text without spaces"),
    TELEPHONE_INVALID("CPIS-V006", "telephone number must be digits, optionally after a leading '+' (a 'tel:' prefix is allowed)"),
    NAME_MISSING("CPIS-V007", "name is missing"),
    PLAN_START_MISSING("CPIS-V008", "plan has no start date"),
    PLAN_START_AFTER_END("CPIS-V009", "plan start date is after its end date"),
    ASID_INVALID("CPIS-V010", "Accredited System id (ASID) must be 12 digits"),
    DUPLICATE_PLAN_TYPE("CPIS-V011", "a Local Authority entry holds at most one plan of each type");

    private final String code;
    private final String message;

    ValueError(String code, String message) {
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
