package org.cpis.server.cli.la;

import java.io.PrintWriter;
import java.util.List;
import org.cpis.sft.la.CheckOutcome;
import org.cpis.sft.la.check.CheckFinding;
import org.cpis.sft.la.state.FileStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** {@code la check FILE... | --all}: the local checks and the CP-IS message rules, in words. */
@Command(name = "check",
        description = {"Checks upload files before they are sent (CP-SC011): the LA system's local checks (NHS number"
                + " Modulus 11, the child's or mother's details, plan dates, the LA's details) and the CP-IS schema and"
                + " message rules. Each problem names the child's local id and what to fix. A file this client built"
                + " that fails gets the status 'validation failure' and is never sent; its children go again with the"
                + " next build.",
                "FILE is a sequence id or name from 'la status', or the path of any upload file.",
                "Exit status 0 every file passed; 1 a file failed; 3 failed (e.g. no such file)."})
final class LaCheckCommand extends LaSubcommand {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Upload files: sequence ids, names or paths.")
    List<String> files = List.of();

    @Option(names = "--all", description = "Check every file waiting to be sent (status 'created').")
    boolean all;

    LaCheckCommand(LaContext context) {
        super(context);
    }

    @Override
    int run() {
        if (all == !files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give the files to check, or --all (not both)");
        }
        List<CheckOutcome> outcomes = all ? client().checkAll() : client().check(files);
        PrintWriter out = out();
        if (outcomes.isEmpty()) {
            out.println("No file waits to be sent: nothing to check.");
        }
        boolean failed = false;
        for (CheckOutcome o : outcomes) {
            String name = o.check().file() + (o.sequenceId() == null ? "" : " (sequence id " + o.sequenceId() + ")");
            if (o.check().passed()) {
                out.println(name + ": passed");
                continue;
            }
            failed = true;
            out.println(name + ": " + o.check().findings().size() + " problem"
                    + (o.check().findings().size() == 1 ? "" : "s")
                    + (o.status() == FileStatus.VALIDATION_FAILURE ? " - status 'validation failure', never sent" : ""));
            for (CheckFinding f : o.check().findings()) {
                out.println("  " + f.describe());
            }
        }
        out.flush();
        return failed ? LaExit.ATTENTION : LaExit.OK;
    }
}
