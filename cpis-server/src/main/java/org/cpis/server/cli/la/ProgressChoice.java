package org.cpis.server.cli.la;

import java.io.PrintWriter;
import java.util.Locale;
import org.cpis.sft.la.build.Progress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code --progress auto|on|off}: a bar on standard error, by default only when someone is watching a terminal. */
final class ProgressChoice {

    private ProgressChoice() {
    }

    static Progress of(CommandSpec spec, String choice, PrintWriter err) {
        return switch (choice.toLowerCase(Locale.ROOT)) {
            case "on" -> new ProgressBar(err);
            case "off" -> Progress.NONE;
            case "auto" -> System.console() != null ? new ProgressBar(err) : Progress.NONE;
            default -> throw new ParameterException(spec.commandLine(), "--progress '" + choice
                    + "' is not auto, on or off");
        };
    }
}
