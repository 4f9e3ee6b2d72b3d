package org.cpis.core.access;

/**
 * Why a message was refused before it was answered: the stable, numbered codes of the access decisions. A code
 * never changes meaning; a new check gets a new number. See docs/CODES.md, "Access decisions".
 */
public enum AccessRefusal {
    CERTIFICATE_NOT_REGISTERED("CPIS-A001", "client certificate not registered"),
    ASID_NOT_THE_CERTIFICATES("CPIS-A002", "ASID does not match the certificate"),
    SYSTEM_DISABLED("CPIS-A003", "system disabled"),
    USER_UNKNOWN("CPIS-A004", "user unknown to the role directory"),
    USER_DISABLED("CPIS-A005", "user disabled"),
    ACTIVITY_MISSING("CPIS-A006", "role profile lacks B0107"),
    DEVICE_QUERIES_NOT_ALLOWED("CPIS-A007", "device queries not allowed for this system"),
    NO_CLIENT_CERTIFICATE("CPIS-A008", "no client certificate"),
    ROLE_PROFILE_NOT_THE_USERS("CPIS-A009", "role profile not held by this user"),
    JOB_ROLE_NOT_THE_PROFILES("CPIS-A010", "job role does not match the role profile"),
    ROLE_PROFILE_MISSING("CPIS-A011", "no role profile id in the message");

    private final String code;
    private final String message;

    AccessRefusal(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    /** A short plain message, the same for every refusal with this code. */
    public String message() {
        return message;
    }
}
