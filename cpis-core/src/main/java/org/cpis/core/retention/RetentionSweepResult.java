package org.cpis.core.retention;

/**
 * What one retention sweep did.
 *
 * @param autoEndDated          entries whose open CPP or LAC got the 18th-birthday end date (CP-IS030)
 * @param purgedEntries         entries removed because none of their plans can be visible again
 * @param purgedAccessEvents    access events removed because their child's record is gone (CP-IS039)
 * @param redactedSubjects      subjects whose audit rows reached the end of retention (CP-IS076)
 * @param retentionUndecided    subjects past the birthday rule that were kept because PDS could not say
 *                              whether they died (the sweep tries again next time)
 */
public record RetentionSweepResult(int autoEndDated, int purgedEntries, int purgedAccessEvents, int redactedSubjects,
                                   int retentionUndecided) {
}
