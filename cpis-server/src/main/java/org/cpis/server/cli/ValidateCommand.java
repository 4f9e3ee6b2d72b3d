package org.cpis.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cpis.gateway.codec.validate.MessageValidator;
import org.cpis.gateway.codec.validate.StandardRules;
import org.cpis.gateway.codec.validate.ValidationReport;
import org.cpis.server.report.ReportFormat;
import org.cpis.server.validate.ValidationJson;
import org.cpis.server.validate.ValidationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cpis-server validate FILE...}: checks CP-IS messages against our schemas and the business rules, for
 * integrators. Needs no database and no running service.
 */
@Command(name = "validate",
        description = {"Validates CP-IS messages (any of them: detected by the root element) against the CP-IS schemas"
                + " and business rules, and prints each problem as 'file:line:col: CODE message (element path)'.",
                "A directory validates every file in it (and below).",
                "Exit status 0 all valid, 1 a message is invalid, 2 a file could not be read."})
final class ValidateCommand implements Callable<Integer> {

    /** Exit status: at least one file could not be read (not XML, refused, missing). */
    static final int UNREADABLE = 2;
    /** Exit status: every file was read and at least one message is invalid. */
    static final int INVALID = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Message files or directories.")
    private List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default: text.")
    private String format;

    @Override
    public Integer call() {
        ReportFormat chosen = ReportArguments.orWrongUsage(spec,
                () -> ReportArguments.format("--format", format, ReportFormat.TEXT, ReportFormat.JSON));
        MessageValidator validator = StandardRules.validator();
        List<ValidationReport> reports = new ArrayList<>();
        for (Path file : files()) {
            reports.add(validator.validate(file));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (chosen == ReportFormat.JSON) {
            ValidationJson.render(reports, out);
        } else {
            ValidationText.render(reports, out);
        }
        out.flush();
        if (reports.stream().anyMatch(ValidationReport::unreadable)) {
            return UNREADABLE;
        }
        return reports.stream().allMatch(ValidationReport::isValid) ? CpisServerCli.OK : INVALID;
    }

    /** The files named, with every regular file under a named directory, in path order. */
    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
