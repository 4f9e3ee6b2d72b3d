package org.cpis.server.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cpis.core.model.OdsCode;
import org.cpis.store.organisation.ListedOrganisation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpis-server organisations show ODS-CODE}: the name CP-IS shows for an ODS code (CP-IS008). */
@Command(name = "show",
        description = {"Prints the name (and role) the organisation directory gives an ODS code.",
                "Exit status 0 when it is listed, 1 when it is not."})
final class OrganisationsShowCommand implements Callable<Integer> {

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ODS-CODE", description = "3 to 9 upper-case letters or digits, e.g. X09.")
    private String code;

    OrganisationsShowCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        if (!OdsCode.isValid(code)) {
            throw new ParameterException(spec.commandLine(), "'" + code + "' is not an ODS code (3 to 9 upper-case letters or digits)");
        }
        OdsCode odsCode = OdsCode.of(code);
        Optional<ListedOrganisation> listed = AdminDatabase.use(options, "organisations show",
                database -> database.organisations().find(odsCode));
        PrintWriter out = spec.commandLine().getOut();
        if (listed.isEmpty()) {
            out.println(odsCode + " is not in the organisation directory");
            return CpisServerCli.ANSWER_NO;
        }
        ListedOrganisation organisation = listed.get();
        out.println(odsCode + ": " + organisation.name() + (organisation.role() == null ? "" : " (" + organisation.role() + ")"));
        return CpisServerCli.OK;
    }
}
