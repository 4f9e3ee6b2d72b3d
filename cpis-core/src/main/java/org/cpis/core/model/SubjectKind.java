package org.cpis.core.model;

/** Whom an upload record is about: a born child, or an unborn child identified through the mother. */
public enum SubjectKind {
    /** The record is keyed by the child's own NHS number. */
    CHILD,
    /** The record is keyed by the mother's NHS number and carries only a UCPP (CP-IS003, CP-IS033). */
    UNBORN_CHILD
}
