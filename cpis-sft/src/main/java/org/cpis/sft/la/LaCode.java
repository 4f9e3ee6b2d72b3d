package org.cpis.sft.la;

/**
 * The numbered codes of the LA-side client ({@code cpis la ...}): every error and every check finding it reports
 * carries one. Codes never change meaning; a new situation gets a new number. docs/LA-CLIENT.md lists them with the
 * fix.
 */
public enum LaCode {
    SETTINGS_UNREADABLE("CPIS-L001", "The LA settings file is missing or cannot be read"),
    SETTINGS_MISSING("CPIS-L002", "A required LA setting is missing"),
    SETTINGS_INVALID("CPIS-L003", "An LA setting has a value that cannot be used"),
    EXPORT_UNREADABLE("CPIS-L004", "The case-management export cannot be read as CSV or JSON"),
    EXPORT_FIELD("CPIS-L005", "A field of the case-management export has a value that cannot be used"),
    EXPORT_INCONSISTENT("CPIS-L006", "Two rows of one child in the export disagree about the child"),
    STATE_LOCKED("CPIS-L007", "Another cpis la command is using the state folder"),
    STATE_UNREADABLE("CPIS-L008", "The state folder's state file cannot be read or written"),
    FILE_UNKNOWN("CPIS-L009", "No upload file of that name or sequence id is known"),
    TRANSPORT("CPIS-L010", "The transport (MESH folder or API) could not send or receive, or MESH cannot be reached"),
    SENDING_OFF("CPIS-L011", "Sending is switched off in the settings (CP-SC014)"),
    MESSAGE_UNREADABLE("CPIS-L012", "A message received from CP-IS could not be read"),
    ACK_UNMATCHED("CPIS-L013", "An acknowledgement names a file this client did not send"),
    EXPORT_EMPTY("CPIS-L014", "The export has no children although children were sent before"),
    NHS_NUMBER_MISSING("CPIS-L020", "NHS number missing (the child's, or the mother's for an unborn child)"),
    NHS_NUMBER_INVALID("CPIS-L021", "NHS number is not 10 digits with a correct check digit (Modulus 11)"),
    BIRTH_DATE_MISSING("CPIS-L022", "Date of birth missing (the child's, or the mother's for an unborn child)"),
    GIVEN_NAME_MISSING("CPIS-L023", "Given name missing (the child's, or the mother's for an unborn child)"),
    FAMILY_NAME_MISSING("CPIS-L024", "Family name missing (the child's, or the mother's for an unborn child)"),
    START_DATE_MISSING("CPIS-L025", "A plan has no start date"),
    START_AFTER_END("CPIS-L026", "A plan starts after it ends"),
    DUE_DATE_MISSING("CPIS-L027", "An unborn child has no expected due date"),
    NO_PLAN("CPIS-L028", "A record carries no plan"),
    UNBORN_WITH_OTHER_PLAN("CPIS-L029", "An unborn child has a plan other than an Unborn Child Protection Plan"),
    NHS_NUMBER_SHARED("CPIS-L030", "Two children of the export are sent under one NHS number"),
    LA_DETAILS("CPIS-L031", "The LA's own details (name, ODS code, telephone numbers) are not fit to send"),
    MESSAGE_RULES("CPIS-L032", "The upload file breaks the CP-IS schema or message rules"),
    LAC_STATUS_UNKNOWN("CPIS-L033", "A looked-after child's legal status is missing or not in the settings"),
    NUMBER_REPLACED("CPIS-L034", "An NHS number was replaced after an Inactive NHS Number Notification (CP-SC023)"),
    RECORD_REFUSED("CPIS-L035", "CP-IS refused a record of an upload (see the record's reason)"),
    CHILD_WITHDRAWN("CPIS-L036", "A child left the export or the cohort: its open plans are ended and sent"),
    MESH_AUTH_REFUSED("CPIS-L037", "MESH refused the mailbox's authentication (mailbox id, password, shared secret,"
            + " clock, or a mailbox switched off or bound to another certificate)"),
    MESH_TLS("CPIS-L038", "The TLS connection to MESH failed (the server's certificate is not trusted, or the server"
            + " refused the client certificate)"),
    MESH_FILE_REFUSED("CPIS-L039", "MESH refused an upload file (recipient, workflow id, size)"),
    MESH_KEYS_UNREADABLE("CPIS-L040", "The MESH client certificate (PKCS#12) or the trust store cannot be loaded");

    private final String code;
    private final String meaning;

    LaCode(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
