package org.cpis.core.model;

/**
 * A new-style NHS number: exactly ten digits whose tenth is the Modulus 11 check digit
 * (CP-IS002, CP-SC002). Old-style (alphanumeric) numbers are not NHS numbers here.
 */
public record NhsNumber(String value) implements Comparable<NhsNumber> {

    private static final int[] WEIGHTS = {10, 9, 8, 7, 6, 5, 4, 3, 2};

    public NhsNumber {
        ValueError problem = problemWith(value);
        if (problem != null) {
            throw new InvalidValueException(problem, value);
        }
    }

    /** Parses a number, tolerating the "3 3 4" spaced form people write. */
    public static NhsNumber of(String text) {
        return new NhsNumber(normalise(text));
    }

    public static boolean isValid(String text) {
        return problemWith(normalise(text)) == null;
    }

    /** The reason the text is not a new-style NHS number, or {@code null} when it is one. */
    public static ValueError problemWith(String text) {
        if (text == null || text.isBlank()) {
            return ValueError.NHS_NUMBER_MISSING;
        }
        if (text.length() != 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return ValueError.NHS_NUMBER_NOT_TEN_DIGITS;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (text.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        if (check == 10 || check != text.charAt(9) - '0') {
            return ValueError.NHS_NUMBER_CHECK_DIGIT;
        }
        return null;
    }

    private static String normalise(String text) {
        return text == null ? null : text.strip().replace(" ", "");
    }

    /** The "3 3 4" form for people (CP-NHS009-style display). */
    public String spaced() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public int compareTo(NhsNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
