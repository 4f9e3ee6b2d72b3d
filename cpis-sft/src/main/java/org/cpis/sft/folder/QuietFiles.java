package org.cpis.sft.folder;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a file somebody may still be writing from one that is complete: a file is quiet when a scan finds it with
 * the same size and modification time as an earlier scan that saw it at least the quiet period ago (by the door's
 * clock). So a file is never taken on the scan that first sees it, and a file that grows or is touched starts its
 * wait again. Also remembers when each file was first seen, for the control file that waits for its data file.
 * Not thread-safe: one scan at a time.
 */
final class QuietFiles {

    private record Seen(long size, FileTime modified, Instant since) {
    }

    private final Duration quietPeriod;
    private final Map<Path, Seen> seen = new HashMap<>();
    private final Map<Path, Instant> firstSeen = new HashMap<>();

    QuietFiles(Duration quietPeriod) {
        this.quietPeriod = quietPeriod;
    }

    /** Records what this scan sees of {@code file} and says whether it has been quiet long enough. */
    boolean quiet(Path file, BasicFileAttributes attributes, Instant now) {
        firstSeen.putIfAbsent(file, now);
        Seen before = seen.get(file);
        if (before == null || before.size() != attributes.size()
                || !before.modified().equals(attributes.lastModifiedTime())) {
            seen.put(file, new Seen(attributes.size(), attributes.lastModifiedTime(), now));
            return false;
        }
        return !now.isBefore(before.since().plus(quietPeriod));
    }

    /** When {@code file} was first seen (by {@link #quiet}), or {@code now} if never. */
    Instant firstSeen(Path file, Instant now) {
        return firstSeen.getOrDefault(file, now);
    }

    void forget(Path file) {
        seen.remove(file);
        firstSeen.remove(file);
    }

    /** Forgets the files in {@code folder} that are not in {@code present} (taken, or removed by the LA). */
    void keepOnly(Path folder, Set<Path> present) {
        seen.keySet().removeIf(p -> folder.equals(p.getParent()) && !present.contains(p));
        firstSeen.keySet().removeIf(p -> folder.equals(p.getParent()) && !present.contains(p));
    }
}
