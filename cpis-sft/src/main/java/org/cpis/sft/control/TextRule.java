package org.cpis.sft.control;

/**
 * The rule for one free-text element of a control file: its name and longest value. Limits are MESH's where the
 * digest gives one (WorkflowId 300, LocalId 255, DTSId 100, PartnerId 255) and ours otherwise. No value may hold
 * control characters (a line break in a header value is how headers get forged).
 */
record TextRule(String element, int maxLength) {

    static final TextRule WORKFLOW_ID = new TextRule("WorkflowId", 300);
    static final TextRule FROM_DTS = new TextRule("From_DTS", 100);
    static final TextRule TO_DTS = new TextRule("To_DTS", 100);
    static final TextRule FROM_ESMTP = new TextRule("From_ESMTP", 255);
    static final TextRule TO_ESMTP = new TextRule("To_ESMTP", 255);
    static final TextRule SUBJECT = new TextRule("Subject", 255);
    static final TextRule LOCAL_ID = new TextRule("LocalId", 255);
    static final TextRule DTS_ID = new TextRule("DTSId", 100);
    static final TextRule PARTNER_ID = new TextRule("PartnerId", 255);
    static final TextRule PROCESS_ID = new TextRule("ProcessId", 255);
    static final TextRule DATA_CHECKSUM = new TextRule("DataChecksum", 255);
    static final TextRule STATUS_DESCRIPTION = new TextRule("StatusRecord/Description", 1000);

    /** Why {@code value} breaks the rule, or null when it keeps it (null values keep every rule). */
    ControlFileException violation(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            return new ControlFileException(ControlFileProblem.TOO_LONG, element, value.length()
                    + " characters; at most " + maxLength);
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return new ControlFileException(ControlFileProblem.NOT_ALLOWED, element,
                        "control characters (line breaks, tabs) are not allowed in the value");
            }
        }
        return null;
    }

    /** For values made by the program (writing): a broken rule is a programming error. */
    String require(String value) {
        ControlFileException broken = violation(value);
        if (broken != null) {
            throw new IllegalArgumentException(broken.getMessage());
        }
        return value;
    }
}
