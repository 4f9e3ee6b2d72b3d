package org.cpis.core.report;

/** Whether a record could be retrieved at a past moment, as derived from the audit trail (CP-IS075). */
public enum Presence {
    PRESENT,
    ABSENT,
    /** Some of the audit rows needed were redacted at the end of their retention: the answer is lost. */
    UNKNOWN_REDACTED
}
