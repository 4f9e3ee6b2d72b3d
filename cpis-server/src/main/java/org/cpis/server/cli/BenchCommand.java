package org.cpis.server.cli;

import picocli.CommandLine.Command;

/** {@code cpis-server bench}: load benchmarks of the running parts of CP-IS. */
@Command(name = "bench",
        description = {"Load benchmarks. 'query' drives the NHS Query endpoint with many concurrent clients and"
                + " reports throughput and latency percentiles, beside a bare CXF echo endpoint. See docs/BENCHMARKS.md."})
final class BenchCommand {
}
