package org.cpis.server.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The benchmark's report for people: the run, a table with one line per target, the ratio and the goals. */
public final class BenchText {

    private static final String[] HEADERS = {"target", "clients", "seconds", "answers", "answers/s", "p50 ms",
            "p95 ms", "p99 ms", "max ms", "errors", "bytes"};

    public void render(BenchReport report, PrintWriter out) {
        out.printf("CP-IS NHS Query benchmark (%s), %s%n", report.mode(), report.startedAt());
        out.printf("%d clients, warm-up %ds, measured %ds, %,d %s; %d cores; load average before %s, after %s%n",
                report.settings().clients(), report.settings().warmup().toSeconds(),
                report.settings().duration().toSeconds(), report.children(), report.children() == 1 ? "child" : "children",
                report.cores(),
                orUnknown(report.loadBefore()), orUnknown(report.loadAfter()));
        out.println();
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADERS);
        rows.add(row(report.endpoint()));
        if (report.echo() != null) {
            rows.add(row(report.echo()));
        }
        table(rows, out);
        out.println();
        cpu(report.endpoint(), report.cores(), out);
        if (report.echo() != null) {
            cpu(report.echo(), report.cores(), out);
        }
        if (report.shareOfEcho() != null) {
            out.printf("endpoint / echo throughput: %.1f%%%n", report.shareOfEcho() * 100);
        }
        if (report.accessEventsStored() != null) {
            long unknown = report.endpoint().errorsAllPhases();
            out.printf("access events stored: %,d for %,d queries answered with a record%s (%s)%n",
                    report.accessEventsStored(), report.foundQueries(),
                    unknown == 0 ? "" : String.format(" and up to %,d whose answer did not come back", unknown),
                    !report.accessEventsMatch() ? "MISMATCH" : unknown == 0 ? "one each" : "consistent");
        }
        for (BenchGoals.Check check : report.checks()) {
            out.printf("goal %-40s %-16s %s%n", check.goal() + ":", check.measured(), check.verdict());
        }
        errors(report.endpoint(), out);
        if (report.echo() != null) {
            errors(report.echo(), out);
        }
        if (report.dataFolder() != null) {
            out.println("data folder kept: " + report.dataFolder());
        }
        out.flush();
    }

    private static String[] row(TargetResult r) {
        LatencySummary l = r.latency();
        return new String[] {r.target(), Integer.toString(r.clients()), String.format("%.1f", r.measuredSeconds()),
                String.format("%,d", r.answered()), String.format("%,.0f", r.answersPerSecond()), millis(l.p50Micros()),
                millis(l.p95Micros()), millis(l.p99Micros()), millis(l.maxMicros()), String.format("%,d", r.errors()),
                String.format("%,d", r.responseBytes())};
    }

    /** CPU per answer, and the throughput that much CPU allows on this many otherwise idle cores. */
    private static void cpu(TargetResult r, int cores, PrintWriter out) {
        if (r.cpuMicrosPerAnswer() == null) {
            return;
        }
        double total = r.cpuMicrosPerAnswer() + (r.databaseCpuMicrosPerAnswer() == null ? 0 : r.databaseCpuMicrosPerAnswer());
        out.printf("%s CPU per answer: %,.0f us in this JVM (server and load generator)%s; at most %,.0f answers/s"
                        + " on %d idle cores%n", r.target(), r.cpuMicrosPerAnswer(),
                r.databaseCpuMicrosPerAnswer() == null ? ""
                        : String.format(" + %,.0f us in PostgreSQL", r.databaseCpuMicrosPerAnswer()),
                cores * 1_000_000.0 / total, cores);
    }

    static String millis(long micros) {
        return String.format("%.2f", micros / 1000.0);
    }

    private static void table(List<String[]> rows, PrintWriter out) {
        int[] widths = new int[HEADERS.length];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String padding = " ".repeat(widths[i] - row[i].length());
                line.append(i == 0 ? row[i] + padding : "  " + padding + row[i]);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static void errors(TargetResult r, PrintWriter out) {
        for (Map.Entry<String, Long> reason : r.errorReasons().entrySet()) {
            out.printf("%s error (whole run): %,d x %s%n", r.target(), reason.getValue(), reason.getKey());
        }
    }

    private static String orUnknown(String text) {
        return text == null ? "unknown" : text;
    }
}
