package org.cpis.core.upload;

/**
 * CP-ISUploadRecordResponse (OID 2.16.840.1.113883.2.1.3.2.4.17.473, v3.0): the outcome of one record.
 */
public enum RecordOutcome {
    CPR01("PDS Error - No Match Found for NHS Number"),
    CPR02("PDS Error - NHS Number Matched, but Sensitive Record"),
    CPR03("PDS Error - NHS Number not Verified"),
    CPR04("PDS Error - NHS Number Format Incorrect"),
    CPR05("PDS Error - NHS Number Verified, but Superseded"),
    CPR06("Successful Record Upload"),
    CPR07("Unsuccessful Record Upload");

    public static final String CODE_SYSTEM = "2.16.840.1.113883.2.1.3.2.4.17.473";

    private final String displayName;

    RecordOutcome(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isSuccess() {
        return this == CPR06;
    }
}
