package org.cpis.core.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cpis.core.model.AccessEvent;

/**
 * CP-IS047 and CP-IS048: of a child's accesses, only the first access per NHS healthcare worker within 24
 * hours is shown, newest first, at most 25. Every access is still stored; this is only for display and
 * notifications.
 * <p>
 * "First per worker per 24 hours" is counted from the last access that was shown: walking oldest to newest,
 * a worker's access is shown when it is the worker's first, or when at least 24 hours (inclusive) have passed
 * since that worker's last shown access. So a worker who looks every 20 hours is still shown at least every
 * other time, never hidden for ever. Ties in time are broken by query id so the result is deterministic.
 */
public final class AccessHistoryCondenser {

    public static final Duration WINDOW = Duration.ofHours(24);
    public static final int MAX_SHOWN = 25;

    private static final Comparator<AccessEvent> OLDEST_FIRST =
            Comparator.comparing(AccessEvent::accessedAt).thenComparing(AccessEvent::queryId);

    /** Every access that counts as a first per worker per 24 hours, oldest first. */
    public List<AccessEvent> firstPerWorker(List<AccessEvent> events) {
        List<AccessEvent> sorted = new ArrayList<>(events);
        sorted.sort(OLDEST_FIRST);
        Map<String, Instant> lastShown = new HashMap<>();
        List<AccessEvent> shown = new ArrayList<>();
        for (AccessEvent e : sorted) {
            Instant last = lastShown.get(e.author().workerKey());
            if (last == null || !e.accessedAt().isBefore(last.plus(WINDOW))) {
                shown.add(e);
                lastShown.put(e.author().workerKey(), e.accessedAt());
            }
        }
        return shown;
    }

    /** The history as shown in a query response: condensed, newest first, at most 25. */
    public List<AccessEvent> forDisplay(List<AccessEvent> events) {
        List<AccessEvent> shown = firstPerWorker(events);
        List<AccessEvent> newestFirst = new ArrayList<>(shown.size());
        for (int i = shown.size() - 1; i >= 0 && newestFirst.size() < MAX_SHOWN; i--) {
            newestFirst.add(shown.get(i));
        }
        return newestFirst;
    }
}
