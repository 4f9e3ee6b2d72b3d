package org.cpis.core.model;

/** The three kinds of CP-IS information a Local Authority shares. */
public enum PlanType {
    /** Child Protection Plan. */
    CPP("Child Protection Plan"),
    /** Looked After Child status (s31, s38 or s20 of the Children Act 1989 only). */
    LAC("Looked After Child"),
    /** Unborn Child Protection Plan, held against the mother's NHS number; its end date is the due date. */
    UCPP("Unborn Child Protection Plan");

    private final String displayName;

    PlanType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
