package org.cpis.sft.la.build;

/** Why a child of the export is not in this LA's CP-IS cohort. */
public enum Exclusion {
    /** The export names another LA as responsible: that LA sends the child. */
    OTHER_LA("protected or looked after by another LA"),
    /** Older than 18 years and 365 days (CP-IS007): CP-IS shows nothing about them any more. */
    OVER_AGE("over 18 years and 365 days old"),
    /** No plan of the child is for CP-IS: no CPP or UCPP, no LAC under s31, s38 or s20, or only long-ended plans. */
    NO_ELIGIBLE_PLAN("no Child Protection Plan, Unborn Child Protection Plan or Looked After status under s31,"
            + " s38 or s20 that CP-IS would show");

    private final String reason;

    Exclusion(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
