package org.cpis.server.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load averages (1, 5 and 15 minutes) as {@code uptime} shows them, where Linux tells them. */
final class MachineLoad {

    private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");

    private MachineLoad() {
    }

    /** E.g. {@code "0.59 0.97 1.75"}, or {@code null} when this system does not say. */
    static String now() {
        try {
            String[] fields = Files.readString(LOAD_AVERAGE, StandardCharsets.US_ASCII).strip().split("\\s+");
            return fields.length < 3 ? null : fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
