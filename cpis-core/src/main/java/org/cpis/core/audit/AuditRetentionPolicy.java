package org.cpis.core.audit;

import java.time.LocalDate;
import org.cpis.core.rules.ChildAge;

/**
 * CP-IS076: audit information is kept until the child's 26th birthday, or, when the child has died, until 8
 * years after the death (the NHS records-retention reading: the death rule replaces the birthday rule). Rows
 * are redacted from that day on (inclusive). Without a birth date (an unborn child's rows, held against the
 * mother) and without a death date, the day cannot be decided and nothing is redacted.
 */
public final class AuditRetentionPolicy {

    public static final int KEEP_UNTIL_BIRTHDAY = 26;
    public static final int YEARS_AFTER_DEATH = 8;

    /** The first day on which the rows may be redacted, or {@code null} when it cannot be decided. */
    public LocalDate redactableFrom(LocalDate birthDate, LocalDate deathDate) {
        if (deathDate != null) {
            return deathDate.plusYears(YEARS_AFTER_DEATH);
        }
        return birthDate == null ? null : ChildAge.birthday(birthDate, KEEP_UNTIL_BIRTHDAY);
    }

    public boolean mayRedact(LocalDate birthDate, LocalDate deathDate, LocalDate today) {
        LocalDate from = redactableFrom(birthDate, deathDate);
        return from != null && !today.isBefore(from);
    }
}
