package org.cpis.core.access;

import java.util.List;
import java.util.Optional;

/**
 * A user as the role directory (the service's stand-in for SDS) knows them: their SDS user id, their name,
 * whether an administrator has disabled them (CP-IS059), and their role profiles.
 *
 * @param sdsUserId  the SDS user id (root 1.2.826.0.1285.0.2.0.65)
 * @param givenName  may be {@code null}
 * @param familyName may be {@code null}
 */
public record DirectoryUser(String sdsUserId, String givenName, String familyName, boolean enabled,
                            List<RoleProfile> roleProfiles) {

    public DirectoryUser {
        RoleProfile.requireIdentifier(sdsUserId, "SDS user id");
        roleProfiles = List.copyOf(roleProfiles);
        if (roleProfiles.stream().map(RoleProfile::roleProfileId).distinct().count() != roleProfiles.size()) {
            throw new IllegalArgumentException("user " + sdsUserId + " holds a role profile id twice");
        }
    }

    public Optional<RoleProfile> roleProfile(String roleProfileId) {
        return roleProfiles.stream().filter(p -> p.roleProfileId().equals(roleProfileId)).findFirst();
    }

    public DirectoryUser withEnabled(boolean enabled) {
        return new DirectoryUser(sdsUserId, givenName, familyName, enabled, roleProfiles);
    }
}
