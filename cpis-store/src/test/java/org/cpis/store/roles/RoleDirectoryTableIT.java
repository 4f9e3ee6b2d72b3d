package org.cpis.store.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.cpis.core.access.DirectoryUser;
import org.cpis.core.access.RoleProfile;
import org.cpis.core.model.JobRoleCode;
import org.cpis.store.CpisDatabase;
import org.cpis.store.RegistrationConflictException;
import org.cpis.store.csv.CsvLoadException;
import org.cpis.store.testing.SharedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class RoleDirectoryTableIT {

    private static final String DIRECTORY = """
            user_id,role_profile_id,job_role_code,activities,given_name,family_name,enabled
            555000000101,555000100101,S0030:G0100:R0570,B0107|B0264,Nia,Testnurse,true
            555000000103,555000100103,R0050,B0107 | B0264,Dee,"Testdoctor, Jr",
            555000000103,555000100203,R0260,,Dee,"Testdoctor, Jr",true
            555000000105,555000100105,R0570,B0107,Ann,Testleaver,FALSE
            """;

    private final CpisDatabase database;
    private final RoleDirectoryTable directory;

    RoleDirectoryTableIT(CpisDatabase database) {
        this.database = database;
        this.directory = database.roleDirectory();
    }

    @BeforeEach
    void emptyTables() {
        SharedDatabase.emptyTables(database);
    }

    @Test
    @DisplayName("CP-IS042: the role directory loaded from CSV gives each user's role profiles, job roles and activities")
    void csvUsersAreFound() {
        int loaded = new RoleDirectoryCsv(directory).load(new StringReader(DIRECTORY), "roles.csv");

        assertThat(loaded).isEqualTo(3);
        DirectoryUser dee = directory.user("555000000103").orElseThrow();
        assertThat(dee).isEqualTo(new DirectoryUser("555000000103", "Dee", "Testdoctor, Jr", true, List.of(
                new RoleProfile("555000100103", JobRoleCode.of("R0050"), Set.of("B0107", "B0264")),
                new RoleProfile("555000100203", JobRoleCode.of("R0260"), Set.of()))));
        assertThat(directory.user("555000000101").orElseThrow().roleProfile("555000100101").orElseThrow().jobRole())
                .isEqualTo(JobRoleCode.of("S0030:G0100:R0570"));
        assertThat(directory.user("555000000105").orElseThrow().enabled()).isFalse();
        assertThat(directory.user("555000000999")).isEmpty();
    }

    @Test
    @DisplayName("CP-IS059: disabling and enabling a user is seen by the very next lookup")
    void disableAndEnable() {
        new RoleDirectoryCsv(directory).load(new StringReader(DIRECTORY), "roles.csv");

        assertThat(directory.setEnabled("555000000101", false)).isTrue();
        assertThat(directory.user("555000000101").orElseThrow().enabled()).isFalse();
        assertThat(directory.setEnabled("555000000101", true)).isTrue();
        assertThat(directory.user("555000000101").orElseThrow().enabled()).isTrue();
        assertThat(directory.setEnabled("555000000999", false)).isFalse();
    }

    @Test
    void loadingAgainReplacesAUsersProfilesWhole() {
        new RoleDirectoryCsv(directory).load(new StringReader(DIRECTORY), "roles.csv");

        new RoleDirectoryCsv(directory).load(new StringReader("""
                user_id,role_profile_id,job_role_code,activities
                555000000103,555000100303,R0680,B0107
                """), "more.csv");

        DirectoryUser dee = directory.user("555000000103").orElseThrow();
        assertThat(dee.roleProfiles()).extracting(RoleProfile::roleProfileId).containsExactly("555000100303");
        assertThat(dee.givenName()).as("no name column: no name").isNull();
        assertThat(directory.user("555000000101")).as("not in the file: untouched").isPresent();
    }

    @Test
    void aRoleProfileBelongsToOneUser() {
        new RoleDirectoryCsv(directory).load(new StringReader(DIRECTORY), "roles.csv");

        assertThatThrownBy(() -> directory.putAll(List.of(new DirectoryUser("555000000200", null, null, true,
                List.of(new RoleProfile("555000100101", JobRoleCode.of("R0570"), Set.of("B0107")))))))
                .isInstanceOf(RegistrationConflictException.class)
                .hasMessage("role profile 555000100101 is already held by SDS user 555000000101;"
                        + " a role profile belongs to one user only");
        assertThat(directory.user("555000000200")).isEmpty();
    }

    @Test
    void badCsvIsRefusedByLineAndColumnAndNothingIsLoaded() {
        RoleDirectoryCsv csv = new RoleDirectoryCsv(directory);

        assertThatThrownBy(() -> csv.load(new StringReader(DIRECTORY + "555000000106,555000100106,R0570,B0107|b264,A,B,true\n"), "roles.csv"))
                .isInstanceOf(CsvLoadException.class)
                .hasMessage("roles.csv line 6, column activities: 'B0107|b264' is not a list of activity codes separated"
                        + " by '|', e.g. B0107|B0264; nothing was loaded");
        assertThatThrownBy(() -> csv.load(new StringReader(DIRECTORY + "555000000106,555000100101,R0570,B0107,A,B,true\n"), "roles.csv"))
                .hasMessageContaining("line 6, column role_profile_id: 555000100101 was already given on line 2");
        assertThatThrownBy(() -> csv.load(new StringReader(DIRECTORY + "555000000101,555000100901,R0570,B0107,Nia,Testnurse,false\n"), "roles.csv"))
                .hasMessageContaining("line 6, column enabled: 'false' differs from line 2 for the same user ('true')");
        assertThatThrownBy(() -> csv.load(new StringReader(DIRECTORY + "555 106,555000100106,R0570,B0107,A,B,true\n"), "roles.csv"))
                .hasMessageContaining("line 6, column user_id: '555 106' is not an SDS id (text without spaces)");
        assertThatThrownBy(() -> csv.load(new StringReader("user_id,role_profile_id,job_role_code\n1,2,R0570\n"), "roles.csv"))
                .hasMessageContaining("the header has no column 'activities'");
        assertThat(directory.user("555000000101")).isEmpty();
    }

    @Test
    void sampleFileLoads() {
        int loaded = new RoleDirectoryCsv(directory).load(Path.of("../docs/samples/roles.csv"));

        assertThat(loaded).isEqualTo(5);
        assertThat(directory.user("555000000103").orElseThrow().roleProfiles()).hasSize(2);
        assertThat(directory.user("555000000105").orElseThrow().enabled()).isFalse();
    }
}
