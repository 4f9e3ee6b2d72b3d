package org.cpis.server.la;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cpis.server.cli.CpisServerCli;
import org.cpis.server.logging.Logging;
import org.cpis.server.runtime.CpisService;
import org.cpis.server.settings.Setting;
import org.cpis.server.settings.Settings;
import org.cpis.store.CpisDatabase;
import picocli.CommandLine;

/**
 * A real CP-IS service for the LA client's end-to-end tests: started in-process with {@link CpisService#start} on a
 * data folder of its own, over the test run's embedded PostgreSQL reached as an external database, with both doors
 * (the folder door, and the MESH door on a random port once the TLS keys exist), the NHS Query endpoint on a random
 * port, and every exchange job scanning each second ({@code CPIS_EXCHANGE_SCAN_SECONDS=1}). The operator's admin
 * commands and the LA's {@code la} commands run in-process through {@link CpisServerCli}, as a person types them.
 */
final class RunningCpis implements AutoCloseable {

    /** How long a test waits for the service to answer before it fails. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

    private static final Pattern MESH_DOOR = Pattern.compile("MESH door (https?://\\S+) \\(");

    final Path root;
    final Path dataFolder;
    final Map<String, String> environment;
    private CpisService service;
    private String readyLine;

    /**
     * @param root     the folder commands run in (relative paths are taken from it), like the repository's root
     * @param database the embedded PostgreSQL the service uses as its external database
     */
    RunningCpis(Path root, CpisDatabase database) {
        this.root = root;
        this.dataFolder = root.resolve("cpis-data");
        String url = database.dsl().connectionResult(c -> c.getMetaData().getURL());
        this.environment = Map.of("CPIS_DB_URL", url, "CPIS_DB_USER", "postgres", "CPIS_EXCHANGE_SCAN_SECONDS", "1");
    }

    /** What a command printed, and its exit status. */
    record Run(int status, String out, String err) {

        /** For assertion messages. */
        String shown() {
            return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /** An operator's admin command, on this service's data folder. */
    Run admin(String... args) {
        String[] withData = Stream.concat(Arrays.stream(args), Stream.of("--data", dataFolder.toString()))
                .toArray(String[]::new);
        return run(CpisServerCli.create(environment), withData);
    }

    /** An {@code la} command with the LA's clock and the extra environment (e.g. {@code CPIS_LA_SETTINGS}). */
    Run la(Clock clock, Map<String, String> laEnvironment, String... args) {
        Map<String, String> all = new HashMap<>(environment);
        all.putAll(laEnvironment);
        List<String> command = new ArrayList<>(List.of("la"));
        command.addAll(List.of(args));
        return run(CpisServerCli.create(all, clock), command.toArray(String[]::new));
    }

    private static Run run(CommandLine cli, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    /** Starts the service ({@code cpis-server} with no command) and waits for its ready line. */
    void start() {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        flags.put(Setting.DATA_FOLDER, dataFolder.toString());
        flags.put(Setting.QUERY_PORT, "0");
        flags.put(Setting.MESH_PORT, "0");
        service = CpisService.start(Settings.resolve(flags, null, environment));
        StringWriter ready = new StringWriter();
        service.announceReady(new PrintWriter(ready, true));
        readyLine = ready.toString().strip();
    }

    String readyLine() {
        return readyLine;
    }

    /** The MESH door's address as the ready line names it, e.g. {@code https://localhost:40123}. */
    URI meshDoor() {
        Matcher m = MESH_DOOR.matcher(readyLine);
        if (!m.find()) {
            throw new AssertionError("the ready line names no MESH door: " + readyLine);
        }
        return URI.create(m.group(1));
    }

    /** The NHS Query endpoint, for an NHS system's query. */
    URI queryEndpoint() {
        return service.queryEndpoint().address();
    }

    /** A file of the data folder as text, without its line end (a password, the MESH development secret). */
    String dataFile(String relative) {
        try {
            return Files.readString(dataFolder.resolve(relative), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until {@code attempt} gives a value {@code done} accepts, trying again every 250 ms; fails naming
     * {@code what} and the last value after {@link #ANSWER_WITHIN}. Never a fixed sleep that asserts timing.
     */
    static <T> T until(String what, Supplier<T> attempt, java.util.function.Predicate<T> done) {
        Instant deadline = Instant.now().plus(ANSWER_WITHIN);
        T last = attempt.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + ANSWER_WITHIN.toSeconds() + " s for " + what + "; last: " + last);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
            last = attempt.get();
        }
        return last;
    }

    void stop() {
        if (service != null) {
            service.stop();
            service = null;
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            Logging.stop();
        }
    }
}
