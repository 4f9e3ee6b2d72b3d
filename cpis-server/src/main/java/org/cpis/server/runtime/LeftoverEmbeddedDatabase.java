package org.cpis.server.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of an earlier CP-IS process that ended without stopping it (killed, halted, out of
 * memory): the server runs on as an orphan, holding the data folder's {@code postgres} directory, and a new start
 * could not open it ("lock file postmaster.pid already exists"). Called only by the holder of the data folder's lock
 * (so no live CP-IS process owns that server any more), it stops such a server - a clean shutdown: the dead process's
 * open transactions were rolled back when its connections closed, everything committed stays - before the embedded
 * database is started again.
 *
 * <p>The server is recognised by PostgreSQL's own {@code postmaster.pid} (first line its process id, second its data
 * directory) and by the process being a {@code postgres} program still alive; anything else is left alone.
 */
final class LeftoverEmbeddedDatabase {

    static final Duration STOP_WITHIN = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverEmbeddedDatabase.class);

    private LeftoverEmbeddedDatabase() {
    }

    /** Stops the orphaned embedded PostgreSQL of {@code dataFolder}, if one runs; returns whether one was stopped. */
    static boolean stopIfRunning(Path dataFolder) {
        Path directory = dataFolder.resolve("postgres").toAbsolutePath().normalize();
        Optional<ProcessHandle> server = orphan(directory);
        if (server.isEmpty()) {
            return false;
        }
        ProcessHandle process = server.get();
        LOG.warn("The embedded PostgreSQL of an earlier CP-IS process is still running on {} (process {}): that"
                + " process ended without stopping it; stopping it now before starting the database again", directory,
                process.pid());
        if (!stop(process)) {
            throw new StartupException("the embedded PostgreSQL left running by an earlier CP-IS process (process "
                    + process.pid() + ", data " + directory + ") did not stop within " + STOP_WITHIN.toSeconds()
                    + " s; stop it (kill " + process.pid() + ") and start again");
        }
        LOG.info("Stopped the embedded PostgreSQL left running by an earlier CP-IS process (process {})", process.pid());
        return true;
    }

    private static Optional<ProcessHandle> orphan(Path directory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(directory.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return Optional.empty(); // no server ran there, or it stopped cleanly
        }
        if (lines.size() < 2) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!sameDirectory(lines.get(1).strip(), directory)) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(LeftoverEmbeddedDatabase::isPostgres).orElse(false));
    }

    private static boolean sameDirectory(String written, Path directory) {
        try {
            return Path.of(written).toAbsolutePath().normalize().equals(directory);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isPostgres(String command) {
        String program = Path.of(command).getFileName().toString();
        return program.equals("postgres") || program.equals("postgres.exe") || program.equals("postmaster");
    }

    /**
     * SIGTERM: PostgreSQL's smart shutdown, which waits for its sessions to end - those of the dead process are gone
     * already, their sockets closed with it. (Not {@code pg_ctl}: it refuses to run as root, and the embedded server
     * may run in a user namespace of its own.)
     */
    private static boolean stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
