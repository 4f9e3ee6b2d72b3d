package org.cpis.server.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * NHS numbers for the exchange tests, each test class from its own block of the never-issued range 999 000 0000 -
 * 999 999 9999, so that classes sharing one service never touch each other's children: the first numbers of the block
 * that pass the Modulus 11 check.
 */
final class NhsNumbers {

    private NhsNumbers() {
    }

    /** The first {@code count} valid numbers from {@code 999 + block (3 digits) + 0000} up. */
    static List<String> block(int block, int count) {
        if (block < 0 || block > 999) {
            throw new IllegalArgumentException("a block is 0 to 999");
        }
        List<String> numbers = new ArrayList<>();
        for (long n = 999_000_000L + block * 1_000L; numbers.size() < count; n++) {
            String nine = Long.toString(n);
            int check = checkDigit(nine);
            if (check >= 0) {
                numbers.add(nine + check);
            }
        }
        return numbers;
    }

    /** The Modulus 11 check digit of nine digits, or -1 when there is none (remainder 1). */
    static int checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }
}
