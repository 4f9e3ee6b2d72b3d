package org.cpis.sft.folder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The folder door's settings.
 *
 * @param root                where the mailbox folders are: {@code <root>/<MAILBOX>/OUT|IN|ERROR}; default
 *                            {@code <data>/mailboxes}
 * @param scanInterval        the pause between two scans; default 2 s
 * @param quietPeriod         how long both files of a pair must stay unchanged (size and modification time, seen
 *                            on two scans) before they are taken; default 1 s
 * @param controlAloneTimeout how long a control file may wait for its data file before it is refused; default
 *                            10 minutes
 * @param maxPairsPerScan     at most this many pairs are taken from one mailbox's OUT in one scan; default 100
 * @param maxDeliveriesPerScan at most this many messages are written to one mailbox's IN in one scan; default 100
 */
public record FolderDoorSettings(Path root, Duration scanInterval, Duration quietPeriod, Duration controlAloneTimeout,
                                 int maxPairsPerScan, int maxDeliveriesPerScan) {

    public FolderDoorSettings {
        Objects.requireNonNull(root, "root");
        if (scanInterval.isNegative() || scanInterval.isZero()) {
            throw new IllegalArgumentException("the folder door's scan interval must be positive");
        }
        if (quietPeriod.isNegative()) {
            throw new IllegalArgumentException("the folder door's quiet period cannot be negative");
        }
        if (controlAloneTimeout.compareTo(quietPeriod) < 0) {
            throw new IllegalArgumentException("a control file must be allowed to wait for its data file at least"
                    + " the quiet period");
        }
        if (maxPairsPerScan < 1 || maxDeliveriesPerScan < 1) {
            throw new IllegalArgumentException("the folder door takes and delivers at least one message per scan");
        }
    }

    /** The defaults, with the mailbox folders under {@code <dataFolder>/mailboxes}. */
    public static FolderDoorSettings defaults(Path dataFolder) {
        return new FolderDoorSettings(dataFolder.resolve("mailboxes"), Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofMinutes(10), 100, 100);
    }
}
