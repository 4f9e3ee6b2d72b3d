package org.cpis.store.roles;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cpis.core.access.DirectoryUser;
import org.cpis.core.access.RoleProfile;
import org.cpis.core.model.JobRoleCode;
import org.cpis.store.csv.CsvFlags;
import org.cpis.store.csv.CsvRow;
import org.cpis.store.csv.CsvRows;

/**
 * Loads the role directory (the SDS stand-in) from CSV (UTF-8, a header line naming the columns in any order),
 * one line per role profile:
 * <pre>
 * user_id,role_profile_id,job_role_code,activities,given_name,family_name,enabled
 * 555000000101,555000000101-01,S0030:G0100:R0570,B0107|B0264,Nia,Testnurse,true
 * 555000000102,555000000102-01,R0680,B0107,Mo,Testmidwife,true
 * </pre>
 * <ul>
 *   <li>{@code user_id}, {@code role_profile_id} (required): SDS ids, text without spaces; a role profile id
 *       appears once in the file;</li>
 *   <li>{@code job_role_code} (required): the profile's job role, e.g. {@code R0570} or
 *       {@code S0030:G0100:R0570};</li>
 *   <li>{@code activities}: the RBAC activity codes the profile grants, separated by {@code |}, e.g.
 *       {@code B0107|B0264}; empty: none (such a profile cannot query CP-IS);</li>
 *   <li>{@code given_name}, {@code family_name}: the user's name, may be empty;</li>
 *   <li>{@code enabled}: {@code true} or {@code false}, empty meaning true.</li>
 * </ul>
 * Several lines with the same user id give the user several role profiles; their name and enabled columns must
 * agree. Each user in the file is added or replaced whole (their role profiles become exactly those in the file,
 * their enabled state the file's). Users not in the file are left as they are. Bad input is reported by line and
 * column, and then nothing at all is loaded.
 */
public final class RoleDirectoryCsv {

    public static final List<String> COLUMNS = List.of("user_id", "role_profile_id", "job_role_code", "activities",
            "given_name", "family_name", "enabled");
    public static final Set<String> REQUIRED = Set.of("user_id", "role_profile_id", "job_role_code", "activities");

    private static final String IDENTIFIER = "an SDS id (text without spaces)";

    private final RoleDirectoryTable table;

    public RoleDirectoryCsv(RoleDirectoryTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Loads a UTF-8 file; returns how many users it held. */
    public int load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /** Loads CSV text, {@code source} naming it in error messages; returns how many users it held. */
    public int load(Reader reader, String source) {
        Map<String, User> users = new LinkedHashMap<>();
        Map<String, Long> profileLines = new LinkedHashMap<>();
        for (CsvRow row : CsvRows.read(reader, source, COLUMNS, REQUIRED)) {
            String userId = row.requiredValue("user_id", RoleDirectoryCsv::identifier, IDENTIFIER);
            String profileId = row.requiredValue("role_profile_id", RoleDirectoryCsv::identifier, IDENTIFIER);
            Long earlier = profileLines.putIfAbsent(profileId, row.line());
            if (earlier != null) {
                throw row.problem("role_profile_id", profileId + " was already given on line " + earlier);
            }
            JobRoleCode jobRole = row.requiredValue("job_role_code", JobRoleCode::of, "a job role code (text without spaces)");
            Set<String> activities = row.value("activities", RoleDirectoryCsv::activities,
                    "a list of activity codes separated by '|', e.g. B0107|B0264");
            RoleProfile profile = new RoleProfile(profileId, jobRole, activities == null ? Set.of() : activities);
            User user = new User(row.line(), userId, row.text("given_name"), row.text("family_name"),
                    CsvFlags.of(row, "enabled", true));
            users.computeIfAbsent(userId, id -> user).add(user, profile, row);
        }
        table.putAll(users.values().stream().map(User::directoryUser).toList());
        return users.size();
    }

    private static String identifier(String text) {
        if (text.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(text);
        }
        return text;
    }

    private static Set<String> activities(String text) {
        Set<String> activities = new LinkedHashSet<>();
        for (String part : Arrays.stream(text.split("\\|", -1)).map(String::strip).toList()) {
            if (!RoleProfile.isActivityCode(part)) {
                throw new IllegalArgumentException(part);
            }
            activities.add(part);
        }
        return activities;
    }

    /** A user as gathered from the lines of one user id. */
    private static final class User {
        private final long line;
        private final String userId;
        private final String givenName;
        private final String familyName;
        private final boolean enabled;
        private final List<RoleProfile> profiles = new ArrayList<>();

        User(long line, String userId, String givenName, String familyName, boolean enabled) {
            this.line = line;
            this.userId = userId;
            this.givenName = givenName;
            this.familyName = familyName;
            this.enabled = enabled;
        }

        /** Takes the profile of a line of this user, whose other columns must agree with the first line's. */
        void add(User later, RoleProfile profile, CsvRow row) {
            if (later != this) {
                agree(row, "given_name", givenName, later.givenName);
                agree(row, "family_name", familyName, later.familyName);
                agree(row, "enabled", enabled, later.enabled);
            }
            profiles.add(profile);
        }

        private void agree(CsvRow row, String column, Object mine, Object theirs) {
            if (!Objects.equals(mine, theirs)) {
                throw row.problem(column, "'" + (theirs == null ? "" : theirs) + "' differs from line " + line
                        + " for the same user (" + (mine == null ? "empty" : "'" + mine + "'") + ")");
            }
        }

        DirectoryUser directoryUser() {
            return new DirectoryUser(userId, givenName, familyName, enabled, profiles);
        }
    }
}
