package org.cpis.sft.la.inbox;

import java.util.List;
import org.cpis.sft.la.Finding;
import org.cpis.sft.la.state.ReceivedEntry;

/**
 * What one collection from the inbox did.
 *
 * @param received the messages taken this time, in the order received
 * @param findings what the administrator must read (an acknowledgement for an unknown file, an unreadable message)
 * @param leftAlone messages of other workflows, left in the mailbox for the applications they belong to
 */
public record InboxResult(List<ReceivedEntry> received, List<Finding> findings, int leftAlone) {

    public InboxResult {
        received = List.copyOf(received);
        findings = List.copyOf(findings);
    }
}
