package org.cpis.sft.folder;

import org.cpis.sft.exchange.ExchangeRefusal;

/**
 * Why the folder door did not take what a Local Authority put in its OUT folder, each with its stable code, the
 * MESH status code the MESH client would have reported for it (MESH-AND-SFT.md §2.11; none where MESH has no such
 * case) and what the LA should do. A control file that cannot be read has the control file's own codes
 * (CPIS-F001 to CPIS-F010, {@link org.cpis.sft.control.ControlFileProblem}).
 */
public enum FolderProblem {
    DATA_MISSING("CPIS-F020", "02", "put the data file <name>.dat into OUT first, then the control file <name>.ctl"),
    NOT_DATA("CPIS-F021", "11", "a Local Authority sends Data messages only: write MessageType Data"),
    WRONG_SENDER("CPIS-F022", "07", "write this mailbox's own id in From_DTS; each LA sends from its own folder"),
    UNKNOWN_MAILBOX("CPIS-F023", "12", "ask the CP-IS service desk to register the mailbox; until then nothing in"
            + " this folder is taken"),
    MAILBOX_DISABLED("CPIS-F024", "14", "ask the CP-IS service desk to enable the mailbox; the files in OUT wait"
            + " and are taken once it is enabled"),
    HTTP_DOOR("CPIS-F025", null, "this mailbox is registered for the MESH API (HTTP door): send through the API,"
            + " or ask the CP-IS service desk to switch it to the folder door"),
    NOT_FOR_CPIS("CPIS-F026", "12", "write the CP-IS mailbox id in To_DTS"),
    WRONG_WORKFLOW("CPIS-F027", "17", "write the CP-IS upload workflow id in WorkflowId"),
    EMPTY_DATA("CPIS-F028", "02", "the data file is empty: put the upload file's content in it and send again"),
    TOO_LARGE("CPIS-F029", "06", "split the upload into smaller files"),
    NAME_TOO_LONG("CPIS-F030", null, "name the pair with at most 150 characters"),
    CLAIM_WITHOUT_CONTROL_FILE("CPIS-F031", "06", "a data file was found in CP-IS's working folder without its"
            + " control file; send the pair again if it was meant to be sent"),
    OTHER_REFUSAL("CPIS-F032", null, "read the description and send again once it is put right");

    private final String code;
    private final String meshStatus;
    private final String fix;

    FolderProblem(String code, String meshStatus, String fix) {
        this.code = code;
        this.meshStatus = meshStatus;
        this.fix = fix;
    }

    public String code() {
        return code;
    }

    /** The MESH status code for the same case, or null when MESH has none. */
    public String meshStatus() {
        return meshStatus;
    }

    /** What the Local Authority should do, in general words. */
    public String fix() {
        return fix;
    }

    /** The folder door's problem for a refusal of the post office. */
    public static FolderProblem of(ExchangeRefusal refusal) {
        return switch (refusal) {
            case UNKNOWN_SENDER -> UNKNOWN_MAILBOX;
            case SENDER_DISABLED -> MAILBOX_DISABLED;
            case UNREGISTERED_RECIPIENT -> NOT_FOR_CPIS;
            case WORKFLOW_NOT_REGISTERED -> WRONG_WORKFLOW;
            case MISSING_DATA -> EMPTY_DATA;
            case TOO_LARGE -> TOO_LARGE;
        };
    }
}
