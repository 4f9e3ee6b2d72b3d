package org.cpis.server.cli.la;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.cpis.sft.la.SyncReport;
import org.cpis.sft.la.build.BuildOptions;
import org.cpis.sft.la.state.FileStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code la sync}: build, check, send what is due, read the inbox; for cron. */
@Command(name = "sync",
        description = {"Everything in one go, for running from cron (e.g. every hour, well within the 12 hours of"
                + " CP-SC006): build from the export (which checks every file), send every file due (new ones,"
                + " unacknowledged ones after upload.resubmit-after, 'PDS unavailable' ones) unless sending is switched"
                + " off, then take and apply the inbox. Prints a short summary; 'la status' and 'la inbox --all' show"
                + " the details.",
                "Exit status 0 done; 1 done but something needs a person; 3 failed."})
final class LaSyncCommand extends LaSubcommand {

    @Option(names = "--export", paramLabel = "FILE",
            description = "The export (.csv or .json). Default: export.file of the LA settings.")
    Path export;

    @Option(names = "--progress", paramLabel = "auto|on|off", defaultValue = "auto",
            description = "A progress bar on standard error: auto (when it is a terminal), on or off. Default: auto.")
    String progress;

    LaSyncCommand(LaContext context) {
        super(context);
    }

    @Override
    int run() {
        SyncReport report = client().sync(export, BuildOptions.CHANGES_ONLY,
                ProgressChoice.of(spec, progress, err()));
        PrintWriter out = out();
        BuildOutput.print(report.build(), out);
        LaSendCommand.print(report.send(), out);
        out.println(report.inbox().received().size() + " new message" + (report.inbox().received().size() == 1 ? "" : "s")
                + " taken from the inbox" + (report.inbox().received().isEmpty() ? "." : ":"));
        report.inbox().received().forEach(e -> out.println("  " + e.summary()));
        java.util.List<org.cpis.sft.la.Finding> findings = new java.util.ArrayList<>(report.build().findings());
        findings.addAll(report.inbox().findings());
        printFindings(findings);
        out.flush();
        boolean attention = report.build().hasProblems() || !report.send().failures().isEmpty()
                || report.inbox().findings().stream().anyMatch(f -> f.isProblem())
                || report.build().files().stream().anyMatch(f -> f.status() == FileStatus.VALIDATION_FAILURE);
        return attention ? LaExit.ATTENTION : LaExit.OK;
    }
}
