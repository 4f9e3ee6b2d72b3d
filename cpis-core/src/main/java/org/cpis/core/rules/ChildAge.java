package org.cpis.core.rules;

import java.time.LocalDate;
import java.time.Month;

/**
 * Birthdays as English law counts them. A person born on 29 February has their birthday on 1 March in a
 * year that is not a leap year (the day after 28 February), so they turn 18 on 1 March.
 */
public final class ChildAge {

    /** CP-IS007: a child is anyone up to 18 years and 365 days old. */
    public static final int DAYS_AFTER_EIGHTEENTH_BIRTHDAY = 365;

    private ChildAge() {
    }

    /** The date on which someone born on {@code birthDate} reaches {@code years} years of age. */
    public static LocalDate birthday(LocalDate birthDate, int years) {
        LocalDate anniversary = birthDate.plusYears(years);
        boolean leapDayBirth = birthDate.getMonth() == Month.FEBRUARY && birthDate.getDayOfMonth() == 29;
        if (leapDayBirth && anniversary.getDayOfMonth() == 28) {
            return anniversary.plusDays(1);
        }
        return anniversary;
    }

    /** The 18th birthday: open CPP and LAC plans are end-dated on it (CP-IS030). */
    public static LocalDate eighteenthBirthday(LocalDate birthDate) {
        return birthday(birthDate, 18);
    }

    /**
     * The last day on which someone is still a child for CP-IS: 18 years and 365 days (CP-IS007). On the day
     * after it nothing about them is visible.
     */
    public static LocalDate lastDayAsChild(LocalDate birthDate) {
        return eighteenthBirthday(birthDate).plusDays(DAYS_AFTER_EIGHTEENTH_BIRTHDAY);
    }
}
