package org.cpis.core.audit;

/** What an audit event records (CP-IS073-076, 081). Names are stored; never rename one. */
public enum AuditAction {
    /** An LA's entry for an NHS number was stored or replaced by an upload; detail is the entry snapshot. */
    RECORD_STORED,
    /** A record of an upload was refused; detail names the outcome and detail code. */
    RECORD_REFUSED,
    /** An open CPP or LAC was end-dated at the child's 18th birthday (CP-IS030); detail is the new snapshot. */
    RECORD_AUTO_END_DATED,
    /** An entry whose plans can never be visible again was removed; detail is the last snapshot. */
    RECORD_PURGED,
    /** An NHS Query found a visible record: an access event (CP-IS068, 073). */
    RECORD_ACCESSED,
    /** An NHS Query found nothing visible to its author; no access event is stored. */
    QUERY_NOT_FOUND,
    /** An upload file was processed; detail gives sequence id and outcome. */
    UPLOAD_PROCESSED,
    /** A notification was produced for an LA. */
    NOTIFICATION_CREATED,
    /** Audit rows of a subject were redacted at the end of their retention (CP-IS076). */
    AUDIT_REDACTED,
    /**
     * An NHS Query was refused before it was answered: its system or its user may not ask (CP-NHS018, CP-IS042,
     * CP-IS059); detail names the query and the access code (CPIS-A...). Nothing was shown, no access event stored.
     */
    QUERY_REFUSED,
    /**
     * An upload file was refused before any of its records was read, because the mailbox that sent it belongs to
     * another Local Authority than the one the file names (communicationFunctionSnd); detail names the message,
     * the file's sequence id and both ODS codes. Nothing was stored.
     */
    UPLOAD_REFUSED
}
