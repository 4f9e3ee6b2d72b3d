package org.cpis.store.roles;

import static org.cpis.store.jooq.Tables.DIRECTORY_ROLE_ACTIVITY;
import static org.cpis.store.jooq.Tables.DIRECTORY_ROLE_PROFILE;
import static org.cpis.store.jooq.Tables.DIRECTORY_USER;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cpis.core.access.DirectoryUser;
import org.cpis.core.access.RoleDirectory;
import org.cpis.core.access.RoleProfile;
import org.cpis.core.model.JobRoleCode;
import org.cpis.store.RegistrationConflictException;
import org.cpis.store.jooq.tables.records.DirectoryRoleActivityRecord;
import org.cpis.store.jooq.tables.records.DirectoryRoleProfileRecord;
import org.cpis.store.jooq.tables.records.DirectoryUserRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The role directory, the service's stand-in for SDS (CP-IS042, CP-NHS004), in {@code directory_user},
 * {@code directory_role_profile} and {@code directory_role_activity}. A lookup is one indexed read of the current
 * rows, never a cache, so that disabling a user takes effect from the next query (CP-IS059).
 */
public final class RoleDirectoryTable implements RoleDirectory {

    private static final int WRITE_CHUNK = 1_000;

    private final DSLContext dsl;

    public RoleDirectoryTable(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Optional<DirectoryUser> user(String sdsUserId) {
        List<DirectoryUser> users = users(dsl.select(DIRECTORY_USER.fields())
                .select(DIRECTORY_ROLE_PROFILE.ROLE_PROFILE_ID, DIRECTORY_ROLE_PROFILE.JOB_ROLE_CODE,
                        DIRECTORY_ROLE_ACTIVITY.ACTIVITY)
                .from(DIRECTORY_USER)
                .leftJoin(DIRECTORY_ROLE_PROFILE).on(DIRECTORY_ROLE_PROFILE.SDS_USER_ID.eq(DIRECTORY_USER.SDS_USER_ID))
                .leftJoin(DIRECTORY_ROLE_ACTIVITY).on(DIRECTORY_ROLE_ACTIVITY.ROLE_PROFILE_ID.eq(DIRECTORY_ROLE_PROFILE.ROLE_PROFILE_ID))
                .where(DIRECTORY_USER.SDS_USER_ID.eq(sdsUserId))
                .orderBy(DIRECTORY_ROLE_PROFILE.PROFILE_ORDER, DIRECTORY_ROLE_ACTIVITY.ACTIVITY)
                .fetch());
        return users.isEmpty() ? Optional.empty() : Optional.of(users.get(0));
    }

    /**
     * Adds or replaces users whole (each SDS user id once): name, enabled state and exactly the role profiles given,
     * in one transaction: either every one is stored or none is.
     *
     * @throws RegistrationConflictException when a role profile id is another user's (one not replaced here)
     */
    public void putAll(Collection<DirectoryUser> users) {
        List<DirectoryUser> all = List.copyOf(users);
        if (all.isEmpty()) {
            return;
        }
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            requireProfilesNotOthers(tx, all);
            for (int from = 0; from < all.size(); from += WRITE_CHUNK) {
                write(tx, all.subList(from, Math.min(all.size(), from + WRITE_CHUNK)));
            }
        });
    }

    /**
     * Enables or disables a user; a disabled user's queries are refused from the next one on (CP-IS059).
     *
     * @return {@code false} when the directory has no such user
     */
    public boolean setEnabled(String sdsUserId, boolean enabled) {
        return dsl.update(DIRECTORY_USER).set(DIRECTORY_USER.ENABLED, enabled)
                .where(DIRECTORY_USER.SDS_USER_ID.eq(sdsUserId)).execute() == 1;
    }

    private static void write(DSLContext tx, List<DirectoryUser> users) {
        List<DirectoryUserRecord> userRows = new ArrayList<>(users.size());
        List<DirectoryRoleProfileRecord> profileRows = new ArrayList<>();
        List<DirectoryRoleActivityRecord> activityRows = new ArrayList<>();
        for (DirectoryUser user : users) {
            userRows.add(new DirectoryUserRecord(user.sdsUserId(), user.givenName(), user.familyName(), user.enabled()));
            short order = 0;
            for (RoleProfile profile : user.roleProfiles()) {
                profileRows.add(new DirectoryRoleProfileRecord(profile.roleProfileId(), user.sdsUserId(),
                        profile.jobRole().value(), order++));
                profile.activities().stream().sorted().forEach(activity ->
                        activityRows.add(new DirectoryRoleActivityRecord(profile.roleProfileId(), activity)));
            }
        }
        tx.insertInto(DIRECTORY_USER).columns(DIRECTORY_USER.fields()).valuesOfRecords(userRows)
                .onConflict(DIRECTORY_USER.SDS_USER_ID).doUpdate()
                .set(DIRECTORY_USER.GIVEN_NAME, DSL.excluded(DIRECTORY_USER.GIVEN_NAME))
                .set(DIRECTORY_USER.FAMILY_NAME, DSL.excluded(DIRECTORY_USER.FAMILY_NAME))
                .set(DIRECTORY_USER.ENABLED, DSL.excluded(DIRECTORY_USER.ENABLED))
                .execute();
        String[] ids = userRows.stream().map(DirectoryUserRecord::getSdsUserId).toArray(String[]::new);
        tx.deleteFrom(DIRECTORY_ROLE_PROFILE).where(DIRECTORY_ROLE_PROFILE.SDS_USER_ID.eq(DSL.any(ids))).execute();
        if (!profileRows.isEmpty()) {
            tx.insertInto(DIRECTORY_ROLE_PROFILE).columns(DIRECTORY_ROLE_PROFILE.fields()).valuesOfRecords(profileRows).execute();
        }
        if (!activityRows.isEmpty()) {
            tx.insertInto(DIRECTORY_ROLE_ACTIVITY).columns(DIRECTORY_ROLE_ACTIVITY.fields()).valuesOfRecords(activityRows).execute();
        }
    }

    private static void requireProfilesNotOthers(DSLContext tx, List<DirectoryUser> users) {
        String[] userIds = users.stream().map(DirectoryUser::sdsUserId).toArray(String[]::new);
        String[] profileIds = users.stream().flatMap(u -> u.roleProfiles().stream()).map(RoleProfile::roleProfileId)
                .toArray(String[]::new);
        if (profileIds.length == 0) {
            return;
        }
        Record taken = tx.select(DIRECTORY_ROLE_PROFILE.ROLE_PROFILE_ID, DIRECTORY_ROLE_PROFILE.SDS_USER_ID)
                .from(DIRECTORY_ROLE_PROFILE)
                .where(DIRECTORY_ROLE_PROFILE.ROLE_PROFILE_ID.eq(DSL.any(profileIds))
                        .and(DIRECTORY_ROLE_PROFILE.SDS_USER_ID.ne(DSL.all(userIds))))
                .orderBy(DIRECTORY_ROLE_PROFILE.ROLE_PROFILE_ID)
                .limit(1)
                .fetchOne();
        if (taken != null) {
            throw new RegistrationConflictException("role profile " + taken.get(DIRECTORY_ROLE_PROFILE.ROLE_PROFILE_ID)
                    + " is already held by SDS user " + taken.get(DIRECTORY_ROLE_PROFILE.SDS_USER_ID)
                    + "; a role profile belongs to one user only");
        }
    }

    /** Rows of (user, profile or null, activity or null), ordered by user then profile order. */
    private static List<DirectoryUser> users(List<? extends Record> rows) {
        Map<String, Record> userRows = new LinkedHashMap<>();
        Map<String, Map<String, Profile>> profiles = new LinkedHashMap<>();
        for (Record row : rows) {
            String userId = row.get(DIRECTORY_USER.SDS_USER_ID);
            userRows.putIfAbsent(userId, row);
            Map<String, Profile> held = profiles.computeIfAbsent(userId, key -> new LinkedHashMap<>());
            String profileId = row.get(DIRECTORY_ROLE_PROFILE.ROLE_PROFILE_ID);
            if (profileId != null) {
                Profile profile = held.computeIfAbsent(profileId,
                        key -> new Profile(row.get(DIRECTORY_ROLE_PROFILE.JOB_ROLE_CODE), new LinkedHashSet<>()));
                String activity = row.get(DIRECTORY_ROLE_ACTIVITY.ACTIVITY);
                if (activity != null) {
                    profile.activities.add(activity);
                }
            }
        }
        List<DirectoryUser> users = new ArrayList<>(userRows.size());
        userRows.forEach((userId, row) -> users.add(new DirectoryUser(userId, row.get(DIRECTORY_USER.GIVEN_NAME),
                row.get(DIRECTORY_USER.FAMILY_NAME), row.get(DIRECTORY_USER.ENABLED),
                profiles.get(userId).entrySet().stream()
                        .map(e -> new RoleProfile(e.getKey(), new JobRoleCode(e.getValue().jobRole), e.getValue().activities))
                        .toList())));
        return users;
    }

    private record Profile(String jobRole, Set<String> activities) {
    }
}
