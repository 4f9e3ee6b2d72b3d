package org.cpis.server.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL another CP-IS process is running on a data folder, found through PostgreSQL's own
 * {@code postmaster.pid} (its fourth line is the port). Admin commands connect to it instead of starting a second
 * server on the same files.
 */
final class RunningEmbeddedDatabase {

    /** The embedded server's user (local connections only). */
    static final String USER = "postgres";

    private static final int PORT_LINE = 3;

    private RunningEmbeddedDatabase() {
    }

    /** The port of the embedded PostgreSQL running on {@code dataFolder}, or empty when none is (or it cannot tell). */
    static Optional<Integer> port(Path dataFolder) {
        Path pid = dataFolder.resolve("postgres").resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pid, StandardCharsets.US_ASCII);
            if (lines.size() <= PORT_LINE) {
                return Optional.empty();
            }
            int port = Integer.parseInt(lines.get(PORT_LINE).strip());
            return port > 0 && port <= 65_535 ? Optional.of(port) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }
}
