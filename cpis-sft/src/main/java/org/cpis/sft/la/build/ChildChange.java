package org.cpis.sft.la.build;

/** How a child compares with what was last sent for it. */
public enum ChildChange {
    /** Never sent before, and sent now. */
    NEW,
    /** A CP-IS data item changed (or the LA's contact details, or a resend was asked for): sent again. */
    CHANGED,
    /** Nothing CP-IS holds changed: nothing sent (CP-SC009). */
    UNCHANGED,
    /** Left the export or the cohort: its open plans are ended (or removed) and sent. */
    WITHDRAWN,
    /** Not in the cohort and nothing held for it: nothing sent. */
    NOT_IN_COHORT,
    /** Has a problem to fix: nothing sent, what was sent before stays as it was. */
    PROBLEM
}
