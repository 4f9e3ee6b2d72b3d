package org.cpis.core.upload;

import java.time.LocalDate;
import java.util.Locale;
import org.cpis.core.model.PersonName;
import org.cpis.core.port.DemographicsRecord;

/**
 * The PDS cross-check of CP-IS002, which decides whether an uploaded NHS number is verified:
 * <ol>
 *   <li>verified when the supplied date of birth equals the current PDS date of birth exactly;</li>
 *   <li>otherwise verified only when two of the three date parts (year, month, day, each compared whole)
 *       match, AND the first three characters of the supplied family name match those of a current PDS
 *       family name, AND the initial of the supplied given name matches that of the same current PDS name;
 *       every current name on PDS is tried;</li>
 *   <li>a family name with fewer than three characters, or no given name, is not an error: the number is
 *       then simply not verified (unless rule 1 verified it).</li>
 * </ol>
 * Our choices where the standard is silent: names are compared case-insensitively after removing everything
 * that is not a letter (spaces, hyphens, apostrophes, full stops), so "O'Neil" and "ONEIL" match; the three
 * characters are counted after that clean-up. Without a supplied date of birth nothing is verified.
 */
public final class PdsCrossCheck {

    public boolean verifies(PersonName supplied, LocalDate suppliedBirthDate, DemographicsRecord pds) {
        if (suppliedBirthDate == null || pds.birthDate() == null) {
            return false;
        }
        if (suppliedBirthDate.equals(pds.birthDate())) {
            return true;
        }
        if (matchingDateParts(suppliedBirthDate, pds.birthDate()) < 2) {
            return false;
        }
        String family = letters(supplied.family());
        String given = letters(supplied.given());
        if (family.length() < 3 || given.isEmpty()) {
            return false;
        }
        return pds.currentNames().stream().anyMatch(name -> namesMatch(family, given, name));
    }

    private static int matchingDateParts(LocalDate a, LocalDate b) {
        int parts = 0;
        if (a.getYear() == b.getYear()) {
            parts++;
        }
        if (a.getMonthValue() == b.getMonthValue()) {
            parts++;
        }
        if (a.getDayOfMonth() == b.getDayOfMonth()) {
            parts++;
        }
        return parts;
    }

    private static boolean namesMatch(String family, String given, PersonName pdsName) {
        String pdsFamily = letters(pdsName.family());
        String pdsGiven = letters(pdsName.given());
        return pdsFamily.length() >= 3
                && pdsFamily.regionMatches(0, family, 0, 3)
                && !pdsGiven.isEmpty()
                && pdsGiven.charAt(0) == given.charAt(0);
    }

    static String letters(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetter).forEach(b::appendCodePoint);
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
