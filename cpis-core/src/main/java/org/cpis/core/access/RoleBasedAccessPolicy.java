package org.cpis.core.access;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.QueryAuthor;

/**
 * Role-based access to CP-IS (CP-IS042, CP-NHS004, CP-NHS006, CP-NHS019), for a message whose sending system is
 * already known (see {@link CertificateBindingPolicy}).
 * <ul>
 *   <li>A <b>person</b> author (a smartcard user) must be in the role directory and enabled (CP-IS059), the role
 *       profile the message names must be one of theirs, the job role the message gives must be that profile's,
 *       and the profile must carry activity B0107 "View Child Protection Plan information" (and any further
 *       activity the operator requires, e.g. B0264 for the SCRa route).</li>
 *   <li>A <b>device</b> author (a system querying without a smartcard user, under its own local access controls,
 *       CP-NHS006 and CP-NHS019) is allowed only when its system's registration allows device queries.</li>
 *   <li>A disabled system is refused whoever the author (CP-IS059).</li>
 * </ul>
 * Checks run in this order and the first that fails is the answer: system disabled (CPIS-A003); for a person:
 * user unknown (CPIS-A004), user disabled (CPIS-A005), no role profile id (CPIS-A011), role profile not the
 * user's (CPIS-A009), job role not the profile's (CPIS-A010), an activity missing (CPIS-A006); for a device:
 * device queries not allowed (CPIS-A007).
 *
 * <p>The job role in the message matches the profile's when the two codes are equal, or when both name the same
 * {@code Rnnnn} role ids (a profile held as {@code S0030:G0100:R0570} matches a message saying {@code R0570}).
 * This matters because the job role decides who sees unborn child plans (CP-IS041).
 */
public final class RoleBasedAccessPolicy {

    /** B0107 View Child Protection Plan information: the activity to view CP-IS (CP-IS042, CP-NHS004). */
    public static final String VIEW_CHILD_PROTECTION = "B0107";

    /** B0264 Access SCR Application (Perform Patient Trace): required with B0107 on the SCRa route (CP-IS042). */
    public static final String ACCESS_SCR_APPLICATION = "B0264";

    private final RoleDirectory directory;
    private final Set<String> requiredActivities;

    /** The standard's rule for integrated messages (CP-NHS004): B0107. */
    public RoleBasedAccessPolicy(RoleDirectory directory) {
        this(directory, Set.of(VIEW_CHILD_PROTECTION));
    }

    /** @param requiredActivities every activity a role profile must carry; must include B0107 */
    public RoleBasedAccessPolicy(RoleDirectory directory, Set<String> requiredActivities) {
        this.directory = Objects.requireNonNull(directory, "directory");
        if (!requiredActivities.contains(VIEW_CHILD_PROTECTION)) {
            throw new IllegalArgumentException("the activities required to query CP-IS include "
                    + VIEW_CHILD_PROTECTION + " (CP-IS042)");
        }
        this.requiredActivities = Set.copyOf(requiredActivities);
    }

    public Set<String> requiredActivities() {
        return requiredActivities;
    }

    /**
     * @param system the accredited system the message came from (as {@link CertificateBindingPolicy} found it)
     * @param author the query's author
     */
    public AccessDecision check(AccreditedSystem system, QueryAuthor author) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(author, "author");
        if (!system.enabled()) {
            return AccessDecision.refused(AccessRefusal.SYSTEM_DISABLED,
                    "accredited system " + system.asid() + " (" + system.name() + ") is disabled");
        }
        if (author instanceof QueryAuthor.Person person) {
            return checkPerson(system, person);
        }
        if (!system.deviceQueriesAllowed()) {
            return AccessDecision.refused(AccessRefusal.DEVICE_QUERIES_NOT_ALLOWED, "accredited system "
                    + system.asid() + " (" + system.name() + ") is not registered to query without a smartcard user");
        }
        return AccessDecision.allowed(system);
    }

    private AccessDecision checkPerson(AccreditedSystem system, QueryAuthor.Person person) {
        String userId = person.sdsUserId();
        Optional<DirectoryUser> found = directory.user(userId);
        if (found.isEmpty()) {
            return AccessDecision.refused(AccessRefusal.USER_UNKNOWN,
                    "SDS user " + userId + " is not in the role directory");
        }
        DirectoryUser user = found.get();
        if (!user.enabled()) {
            return AccessDecision.refused(AccessRefusal.USER_DISABLED, "SDS user " + userId + " is disabled");
        }
        String profileId = person.sdsRoleProfileId();
        if (profileId == null || profileId.isBlank()) {
            return AccessDecision.refused(AccessRefusal.ROLE_PROFILE_MISSING,
                    "the query names no SDS role profile id for user " + userId);
        }
        Optional<RoleProfile> profile = user.roleProfile(profileId);
        if (profile.isEmpty()) {
            return AccessDecision.refused(AccessRefusal.ROLE_PROFILE_NOT_THE_USERS,
                    "SDS user " + userId + " holds no role profile " + profileId + " in the role directory");
        }
        RoleProfile held = profile.get();
        if (!sameJobRole(person.role(), held.jobRole())) {
            return AccessDecision.refused(AccessRefusal.JOB_ROLE_NOT_THE_PROFILES, "job role " + person.role()
                    + " in the query is not " + held.jobRole() + ", the job role of role profile " + profileId);
        }
        Set<String> missing = new TreeSet<>(requiredActivities);
        missing.removeAll(held.activities());
        if (!missing.isEmpty()) {
            return AccessDecision.refused(AccessRefusal.ACTIVITY_MISSING, "role profile " + profileId
                    + " of SDS user " + userId + " lacks activit" + (missing.size() == 1 ? "y " : "ies ")
                    + String.join(", ", missing));
        }
        return AccessDecision.allowed(system);
    }

    /** Equal codes, or the same non-empty set of {@code Rnnnn} role ids. */
    static boolean sameJobRole(JobRoleCode inMessage, JobRoleCode ofProfile) {
        if (inMessage.value().equals(ofProfile.value())) {
            return true;
        }
        Set<String> sent = new HashSet<>(inMessage.roleIds());
        return !sent.isEmpty() && sent.equals(new HashSet<>(ofProfile.roleIds()));
    }
}
