package org.cpis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The shaded {@code cpis-server.jar} run as its own process, as an operator runs it: standard output and error
 * are collected line by line, and no {@code CPIS_*} variable of the test's own environment leaks in. Closing it
 * ends a process still running (SIGTERM, then SIGKILL), so that a failed test leaves no service behind.
 */
public final class ServerJar implements AutoCloseable {

    private static final Duration COMMAND_WITHIN = Duration.ofSeconds(120);
    private static final Duration STOP_WITHIN = Duration.ofSeconds(60);

    private final Process process;
    private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
    private final List<String> seenStdout = new ArrayList<>();
    private final StringBuffer stderr = new StringBuffer();
    private final Thread[] readers;

    private ServerJar(Process process) {
        this.process = process;
        this.readers = new Thread[] {
                collect(process.getInputStream(), stdout::add),
                collect(process.getErrorStream(), line -> stderr.append(line).append('\n'))};
    }

    /** Starts {@code java -jar cpis-server.jar args...}. */
    public static ServerJar start(String... args) throws IOException {
        return start(Map.of(), args);
    }

    /**
     * Starts {@code java -jar cpis-server.jar args...} with these environment variables added (e.g. the fault
     * injection {@code CPIS_FAULT_HALT_AT}); no other {@code CPIS_*} variable of the test's environment leaks in.
     */
    public static ServerJar start(Map<String, String> environment, String... args) throws IOException {
        Path jar = Path.of(System.getProperty("cpis.server.jar", "target/cpis-server.jar"));
        assertThat(jar).as("the shaded jar, built by 'package'").isRegularFile();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("CPIS_"));
        builder.environment().putAll(environment);
        return new ServerJar(builder.start());
    }

    /** Runs an admin command to its end. */
    public static Finished run(String... args) throws IOException, InterruptedException {
        try (ServerJar command = start(args)) {
            int status = command.awaitExit(COMMAND_WITHIN);
            return new Finished(status, String.join("\n", command.drainStdout()), command.stderr());
        }
    }

    /** The first line on standard output that matches; fails when the process ends or the time is up first. */
    public String awaitStdoutLine(Predicate<String> wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            String line = stdout.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                seenStdout.add(line);
                if (wanted.test(line)) {
                    return line;
                }
            } else if (!process.isAlive() && stdout.isEmpty()) {
                throw new AssertionError("cpis-server ended with status " + process.exitValue()
                        + " before printing the line; stdout: " + seenStdout + "\nstderr:\n" + stderr);
            }
        }
        throw new AssertionError("no such line within " + within + "; stdout: " + seenStdout + "\nstderr:\n" + stderr);
    }

    /** Asks the process to end as Ctrl-C or a service manager does (SIGTERM) and returns its exit status. */
    public int terminate(Duration within) throws InterruptedException {
        process.destroy();
        return awaitExit(within);
    }

    public List<String> drainStdout() {
        stdout.drainTo(seenStdout);
        return List.copyOf(seenStdout);
    }

    public String stderr() {
        return stderr.toString();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    public int awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("cpis-server did not end within " + within + "; stderr:\n" + stderr);
        }
        for (Thread reader : readers) {
            reader.join(within.toMillis());
        }
        return process.exitValue();
    }

    private static Thread collect(InputStream stream, Consumer<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                in.lines().forEach(lines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "cpis-server-output");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** What a finished command printed and how it ended. */
    public record Finished(int status, String stdout, String stderr) {

        public Finished assertSucceeded() {
            assertThat(status).as("exit status; stderr:\n%s", stderr).isZero();
            return this;
        }
    }
}
