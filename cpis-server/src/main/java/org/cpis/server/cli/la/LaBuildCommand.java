package org.cpis.server.cli.la;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.cpis.sft.la.build.BuildOptions;
import org.cpis.sft.la.build.BuildReport;
import org.cpis.sft.la.build.Progress;
import org.cpis.sft.la.state.FileStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code la build}: upload files for what changed since the last build, each checked. */
@Command(name = "build",
        description = {"Reads the case-management export (CSV or JSON) and writes upload files for the children whose"
                + " CP-IS data items changed since they were last sent (the first build: every child in the cohort)."
                + " Every file is checked as 'la check' does; a child with a problem is left out, named, with what to"
                + " fix. Files wait with status 'created' until 'la send'.",
                "Exit status 0 done; 1 done but a child was held back or a file failed its check; 3 failed."})
final class LaBuildCommand extends LaSubcommand {

    @Option(names = "--export", paramLabel = "FILE",
            description = "The export (.csv or .json). Default: export.file of the LA settings.")
    Path export;

    @Option(names = "--full", description = "Send every child CP-IS still shows again, changed or not.")
    boolean full;

    @Option(names = "--resend-child", paramLabel = "LOCAL-ID",
            description = "Send this child again, changed or not (repeatable).")
    List<String> resendChildren = List.of();

    @Option(names = "--resend-file", paramLabel = "SEQUENCE-ID",
            description = "Send the children of this upload file again, e.g. after a file-level error (repeatable).")
    List<String> resendFiles = List.of();

    @Option(names = "--allow-empty-export",
            description = "Accept an export without children although children were sent before: every child's open"
                    + " plans are then ended.")
    boolean allowEmptyExport;

    @Option(names = "--progress", paramLabel = "auto|on|off", defaultValue = "auto",
            description = "A progress bar on standard error: auto (when it is a terminal), on or off. Default: auto.")
    String progress;

    LaBuildCommand(LaContext context) {
        super(context);
    }

    @Override
    int run() {
        Progress bar = ProgressChoice.of(spec, progress, err());
        BuildReport report = client().build(export, new BuildOptions(full, Set.copyOf(resendChildren),
                Set.copyOf(resendFiles), allowEmptyExport), bar);
        BuildOutput.print(report, out());
        printFindings(report.findings());
        out().flush();
        boolean failedFile = report.files().stream().anyMatch(f -> f.status() == FileStatus.VALIDATION_FAILURE);
        return report.hasProblems() || failedFile ? LaExit.ATTENTION : LaExit.OK;
    }
}
