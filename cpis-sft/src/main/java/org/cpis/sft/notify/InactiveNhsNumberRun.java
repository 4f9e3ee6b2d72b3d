package org.cpis.sft.notify;

import java.util.List;

/**
 * What one run of the Inactive NHS Number job did (no personal data: change ids, ODS codes, counts).
 *
 * @param ran           false when another node held the job's lock
 * @param changes       the demographics changes notified (marked notified) in this run
 * @param sent          notifications posted now
 * @param alreadySent   notifications found posted before (a restart, another node)
 * @param undeliverable "change id:ODS" of each notification for an LA without an enabled mailbox (CPIS-E007)
 */
public record InactiveNhsNumberRun(boolean ran, List<Long> changes, int sent, int alreadySent,
                                   List<String> undeliverable) {

    public InactiveNhsNumberRun {
        changes = List.copyOf(changes);
        undeliverable = List.copyOf(undeliverable);
    }

    static InactiveNhsNumberRun notRun() {
        return new InactiveNhsNumberRun(false, List.of(), 0, 0, List.of());
    }
}
