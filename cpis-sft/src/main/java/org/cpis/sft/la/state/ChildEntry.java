package org.cpis.sft.la.state;

import java.util.List;
import java.util.Objects;

/**
 * What the client remembers about one child of the LA (by its local id): the records it last put in an upload file
 * for the child, the LA contact details they went with, and whether they must go again at the next build even if
 * nothing changed.
 *
 * @param contact        {@code LaSettings.contactFingerprint()} the records were sent with
 * @param resend         send the records again at the next build (a file that failed its check, a new NHS number
 *                       from an Inactive NHS Number Notification, {@code build --resend-child})
 * @param lastSequenceId the upload file that last carried the child
 */
public record ChildEntry(String localId, List<HeldRecord> records, String contact, boolean resend,
                         String lastSequenceId) {

    public ChildEntry {
        Objects.requireNonNull(localId, "localId");
        records = List.copyOf(records);
    }

    public ChildEntry withResend(boolean again) {
        return new ChildEntry(localId, records, contact, again, lastSequenceId);
    }
}
