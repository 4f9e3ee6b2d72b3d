package org.cpis.sft.folder;

/**
 * What one scan of the folder door did, over every mailbox.
 *
 * @param taken     pairs that became messages (including claims finished after a crash)
 * @param refused   pairs moved to ERROR with a report
 * @param delivered messages written to an IN folder and acknowledged
 * @param waiting   claimed pairs whose data file is still being written (taken at a later scan)
 * @param failed    pairs, messages or mailboxes that failed for a reason of CP-IS's own (storage, database): left as
 *                  they were, and tried again at the next scan
 */
public record ScanResult(int taken, int refused, int delivered, int waiting, int failed) {

    /** Counts one scan as it goes. Not thread-safe. */
    static final class Tally {
        int taken;
        int refused;
        int delivered;
        int waiting;
        int failed;

        ScanResult result() {
            return new ScanResult(taken, refused, delivered, waiting, failed);
        }
    }
}
