package org.cpis.server.cli;

import org.cpis.server.pki.PkiException;
import org.cpis.server.runtime.StartupException;
import org.cpis.server.settings.SettingsException;
import org.cpis.server.tls.TlsMaterialException;
import org.cpis.store.RegistrationConflictException;
import org.cpis.store.csv.CsvLoadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A command that fails prints one line saying why on standard error and exits with status
 * {@link CpisServerCli#FAILED}. Expected failures (settings, start-up, bad CSV input, a registration conflict, a
 * certificate or keystore problem, a command that cannot do what was asked) print their message; anything else
 * is a defect and also goes to the log with its stack trace.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        String name = command.getCommandSpec().qualifiedName();
        if (e instanceof SettingsException || e instanceof StartupException || e instanceof CsvLoadException
                || e instanceof CommandFailedException || e instanceof RegistrationConflictException
                || e instanceof PkiException || e instanceof TlsMaterialException) {
            LOG.debug("{} failed", name, e);
            command.getErr().println(name + ": " + e.getMessage());
        } else {
            LOG.error("{} failed", name, e);
            command.getErr().println(name + ": failed: " + e + " (details in the log)");
        }
        command.getErr().flush();
        return CpisServerCli.FAILED;
    }
}
