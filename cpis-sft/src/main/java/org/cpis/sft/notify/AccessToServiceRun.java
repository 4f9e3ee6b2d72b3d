package org.cpis.sft.notify;

import java.time.LocalDate;
import java.util.List;

/**
 * What one run of the Access to Service job did, for the scheduler's log and the operator's report (no personal
 * data: ODS codes, days and counts).
 *
 * @param ran           false when another node held the job's lock: nothing was done
 * @param days          the days notifications were built for in this run
 * @param sent          notifications posted now
 * @param alreadySent   notifications built but found posted before (a restart, another node)
 * @param undeliverable LA and day of each notification for an LA holding visible plans without a mailbox
 * @param disabled      notifications not posted because the LA's mailbox is disabled
 */
public record AccessToServiceRun(boolean ran, List<LocalDate> days, int sent, int alreadySent,
                                 List<Undeliverable> undeliverable, int disabled) {

    public AccessToServiceRun {
        days = List.copyOf(days);
        undeliverable = List.copyOf(undeliverable);
    }

    static AccessToServiceRun notRun() {
        return new AccessToServiceRun(false, List.of(), 0, 0, List.of(), 0);
    }

    /** An LA that holds visible plans but has no registered mailbox, for one day (CPIS-E006). */
    public record Undeliverable(String localAuthority, LocalDate day, int childrenAccessed) {
    }
}
