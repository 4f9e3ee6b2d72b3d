package org.cpis.server.cli;

import java.util.concurrent.Callable;
import org.cpis.server.logging.ConsoleLog;
import org.cpis.server.runtime.CpisService;
import org.cpis.server.runtime.StopOnShutdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cpis-server serve}: runs the service until Ctrl-C or SIGTERM. */
@Command(name = "serve",
        description = {"Runs the service: starts the database (embedded PostgreSQL in the data folder unless"
                + " --db-url is given), migrates it, prints one line 'CP-IS ready: ...' and runs until Ctrl-C or SIGTERM."})
final class ServeCommand implements Callable<Integer> {

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    ServeCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() throws InterruptedException {
        CpisService service = CpisService.start(options.prepare(ConsoleLog.ALL));
        StopOnShutdown.install(service);
        service.announceReady(spec.commandLine().getOut());
        service.awaitStop();
        return CpisServerCli.OK;
    }
}
