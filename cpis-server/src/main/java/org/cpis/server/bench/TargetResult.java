package org.cpis.server.bench;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * What driving one target measured.
 *
 * @param target            the target's name
 * @param address           where it was driven
 * @param clients           concurrent clients
 * @param measuredSeconds   the length of the measured window (the warm-up excluded)
 * @param answered          good answers completed in the measured window
 * @param errors            requests completed in the measured window that failed: no connection, a timeout, a
 *                          status other than 200 or an unexpected answer
 * @param errorReasons      how many errors of each kind, over the whole run (warm-up included)
 * @param latency           the latencies of the good answers of the measured window
 * @param answeredAllPhases good answers over the whole run, warm-up and the requests still running at the end
 *                          included: for the NHS Query endpoint, the number of access events the run stored
 * @param errorsAllPhases   errors over the whole run: requests whose outcome the client does not know (a query that
 *                          timed out on the client may still have been answered, and its access event stored)
 * @param responseBytes     the size of the last good answer's body
 * @param cpuMicrosPerAnswer         CPU time of this JVM (endpoint or echo, and the load generator) per good answer
 *                                   in the measured window, in microseconds; {@code null} when not known
 * @param databaseCpuMicrosPerAnswer the same for the embedded PostgreSQL; {@code null} when not known
 */
public record TargetResult(String target, URI address, int clients, double measuredSeconds, long answered, long errors,
                           Map<String, Long> errorReasons, LatencySummary latency, long answeredAllPhases,
                           long errorsAllPhases, long responseBytes, Double cpuMicrosPerAnswer, Double databaseCpuMicrosPerAnswer) {

    public TargetResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(latency, "latency");
        errorReasons = Map.copyOf(errorReasons);
        if (measuredSeconds <= 0) {
            throw new IllegalArgumentException("the measured window must be longer than zero");
        }
    }

    /** Good answers per second in the measured window. */
    public double answersPerSecond() {
        return answered / measuredSeconds;
    }
}
