package org.cpis.server.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * CPU time used so far by this JVM (the endpoint, the echo and the load generator all run in it) and by the
 * embedded PostgreSQL serving the benchmark's data folder (its postmaster and every backend), as the operating
 * system counts it. On a machine shared with other work, CPU time per answer says what an answer costs where
 * wall-clock figures only say how busy the machine was.
 */
class CpuMeter {

    /** Counts nothing: for a server that runs elsewhere. */
    static final CpuMeter NONE = new CpuMeter(null) {
        @Override
        Reading read() {
            return new Reading(-1, -1);
        }
    };

    private final String databaseFolder;

    /** @param databaseFolder the embedded PostgreSQL's data folder, or {@code null} not to count a database */
    CpuMeter(Path databaseFolder) {
        this.databaseFolder = databaseFolder == null ? null : databaseFolder.toAbsolutePath().normalize().toString();
    }

    /** CPU used so far: this JVM's, and the database's or {@code -1} when it cannot be told. */
    record Reading(long jvmNanos, long databaseNanos) {

        /** Microseconds of CPU per answer between {@code earlier} and this reading; {@code null} when unknown. */
        Double jvmMicrosPer(Reading earlier, long answers) {
            return answers <= 0 || jvmNanos < 0 || earlier.jvmNanos < 0 ? null
                    : (jvmNanos - earlier.jvmNanos) / 1000.0 / answers;
        }

        Double databaseMicrosPer(Reading earlier, long answers) {
            return answers <= 0 || databaseNanos < 0 || earlier.databaseNanos < 0 ? null
                    : (databaseNanos - earlier.databaseNanos) / 1000.0 / answers;
        }
    }

    Reading read() {
        return new Reading(jvmNanos(), databaseNanos());
    }

    private static long jvmNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** The postmaster whose command line names the data folder, and its children (the backends). */
    private long databaseNanos() {
        if (databaseFolder == null) {
            return -1;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(databaseFolder)).orElse(false))
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .findFirst();
        if (postmaster.isEmpty()) {
            return -1;
        }
        long nanos = cpu(postmaster.get());
        for (ProcessHandle child : (Iterable<ProcessHandle>) postmaster.get().children()::iterator) {
            nanos += cpu(child);
        }
        return nanos;
    }

    private static long cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
