package org.cpis.server.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cpis.core.access.DirectoryUser;
import org.cpis.core.access.RoleBasedAccessPolicy;
import org.cpis.core.access.RoleProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpis-server users show USER-ID}: what the role directory holds about a user. */
@Command(name = "show",
        description = {"Prints a user of the role directory: name, enabled or not, and each role profile with its job"
                + " role and activities (B0107 is needed to query CP-IS).",
                "Exit status 0 when the user is in the directory, 1 when not."})
final class UsersShowCommand implements Callable<Integer> {

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "USER-ID", description = "The SDS user id, e.g. 555000000101.")
    private String userIdText;

    UsersShowCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        String userId = AccessArguments.sdsUserId(spec, "USER-ID", userIdText);
        Optional<DirectoryUser> found = AdminDatabase.use(options, "users show",
                database -> database.roleDirectory().user(userId));
        PrintWriter out = spec.commandLine().getOut();
        if (found.isEmpty()) {
            out.println("SDS user " + userId + " is not in the role directory");
            return CpisServerCli.ANSWER_NO;
        }
        DirectoryUser user = found.get();
        String name = ((user.givenName() == null ? "" : user.givenName()) + " "
                + (user.familyName() == null ? "" : user.familyName())).strip();
        out.println("SDS user " + userId + (name.isEmpty() ? "" : ": " + name) + ", "
                + (user.enabled() ? "enabled" : "DISABLED (queries refused, CPIS-A005)"));
        if (user.roleProfiles().isEmpty()) {
            out.println("  no role profile: cannot query CP-IS");
        }
        for (RoleProfile profile : user.roleProfiles()) {
            out.println("  role profile " + profile.roleProfileId() + "  job role " + profile.jobRole() + "  activities "
                    + (profile.activities().isEmpty() ? "none" : String.join(", ", profile.activities().stream().sorted().toList()))
                    + (profile.hasActivity(RoleBasedAccessPolicy.VIEW_CHILD_PROTECTION)
                            ? "  (may query CP-IS)" : "  (lacks B0107: cannot query CP-IS)"));
        }
        return CpisServerCli.OK;
    }
}
