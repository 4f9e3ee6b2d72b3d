package org.cpis.core.access;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.cpis.core.model.JobRoleCode;

/**
 * One SDS role profile of a user: the job role it is in and the RBAC activities it grants (e.g. B0107 View
 * Child Protection Plan information, B0264 Access SCR Application).
 *
 * @param roleProfileId the SDS user role profile id (root 1.2.826.0.1285.0.2.0.67)
 */
public record RoleProfile(String roleProfileId, JobRoleCode jobRole, Set<String> activities) {

    private static final Pattern ACTIVITY = Pattern.compile("[A-Z][0-9]{4}");

    public RoleProfile {
        requireIdentifier(roleProfileId, "role profile id");
        Objects.requireNonNull(jobRole, "jobRole");
        activities = Set.copyOf(activities);
        for (String activity : activities) {
            if (!isActivityCode(activity)) {
                throw new IllegalArgumentException("'" + activity + "' is not an RBAC activity code (a letter and"
                        + " four digits, e.g. B0107)");
            }
        }
    }

    public boolean hasActivity(String activity) {
        return activities.contains(activity);
    }

    public static boolean isActivityCode(String text) {
        return text != null && ACTIVITY.matcher(text).matches();
    }

    static void requireIdentifier(String value, String what) {
        if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a " + what + " is non-blank text without spaces"
                    + (value == null ? "" : " (got '" + value + "')"));
        }
    }
}
