package org.cpis.core.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cpis.core.access.DirectoryUser;
import org.cpis.core.access.RoleDirectory;
import org.cpis.core.access.RoleProfile;
import org.cpis.core.model.JobRoleCode;

/** The role directory (SDS stand-in), in memory: users added, enabled and disabled by the test. */
public final class InMemoryRoleDirectory implements RoleDirectory {

    private final Map<String, DirectoryUser> users = new ConcurrentHashMap<>();

    public InMemoryRoleDirectory put(DirectoryUser user) {
        users.put(user.sdsUserId(), user);
        return this;
    }

    /** An enabled user with one role profile in the given job role, granting the given activities. */
    public InMemoryRoleDirectory user(String sdsUserId, String roleProfileId, String jobRole, String... activities) {
        return put(new DirectoryUser(sdsUserId, "Given" + sdsUserId, "Family" + sdsUserId, true,
                List.of(new RoleProfile(roleProfileId, JobRoleCode.of(jobRole), Set.copyOf(Arrays.asList(activities))))));
    }

    public void setEnabled(String sdsUserId, boolean enabled) {
        users.computeIfPresent(sdsUserId, (key, user) -> user.withEnabled(enabled));
    }

    @Override
    public Optional<DirectoryUser> user(String sdsUserId) {
        return Optional.ofNullable(users.get(sdsUserId));
    }
}
