package org.cpis.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** A file named on the command line, checked before any database is opened for it. */
final class InputFile {

    private InputFile() {
    }

    /** @throws ParameterException (wrong usage) when the file is missing or cannot be read */
    static Path requireReadable(CommandSpec command, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(command.commandLine(), "file " + file.toAbsolutePath() + " does not exist");
        }
        if (!Files.isReadable(file)) {
            throw new ParameterException(command.commandLine(), "file " + file.toAbsolutePath() + " cannot be read by this user");
        }
        return file;
    }
}
