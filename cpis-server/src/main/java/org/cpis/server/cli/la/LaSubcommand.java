package org.cpis.server.cli.la;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cpis.sft.la.Finding;
import org.cpis.sft.la.LaClient;
import org.cpis.sft.la.LaClientException;
import org.cpis.sft.la.settings.LaSettingsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The shape of every {@code la} command: the {@code --settings} option, the LA client made from it, and the rule
 * that a {@link LaClientException} is one line on standard error (its code first) and exit status
 * {@link LaExit#FAILED}, never a stack trace.
 */
abstract class LaSubcommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(LaSubcommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "The LA settings file (docs/samples/la-settings.properties). Env " + LaContext.SETTINGS_VARIABLE
                    + ". Default: " + LaContext.DEFAULT_SETTINGS + " in the current folder.")
    Path settings;

    final LaContext context;

    LaSubcommand(LaContext context) {
        this.context = context;
    }

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (LaClientException e) {
            LOG.debug("{} failed", spec.qualifiedName(), e);
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            err().flush();
            return LaExit.FAILED;
        }
    }

    abstract int run();

    LaClient client() {
        return new LaClient(LaSettingsFile.read(context.settingsFile(settings)), context.clock());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints findings, problems first, each on its own line. */
    void printFindings(List<Finding> findings) {
        PrintWriter out = out();
        List<Finding> problems = findings.stream().filter(Finding::isProblem).toList();
        List<Finding> notes = findings.stream().filter(f -> !f.isProblem()).toList();
        if (!problems.isEmpty()) {
            out.println("Problems to fix (nothing about these is sent until they are fixed):");
            problems.forEach(f -> out.println("  " + f.describe()));
        }
        if (!notes.isEmpty()) {
            out.println("Notes:");
            notes.forEach(f -> out.println("  " + f.describe()));
        }
    }
}
