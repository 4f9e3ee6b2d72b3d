package org.cpis.server.bench;

import java.util.Objects;

/**
 * A smartcard user on whose behalf the benchmark's requests are sent: the SDS user id and the role profile id the
 * role directory must hold with activity B0107.
 */
public record BenchUser(String userId, String roleProfileId) {

    public BenchUser {
        requireDigits(userId, "SDS user id");
        requireDigits(roleProfileId, "SDS role profile id");
    }

    private static void requireDigits(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isEmpty() || text.length() > 20 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("'" + text + "' is not an " + what + " (1 to 20 digits)");
        }
    }
}
