package org.cpis.sft.la.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.RecordOutcome;
import org.cpis.sft.la.state.FileStatus;
import org.cpis.sft.la.state.ReceivedEntry;

/**
 * A message from CP-IS as an LA user reads it (CP-SC019-022): what {@code cpis la inbox} shows as a table, CSV or
 * JSON. Every line about a child names the child's local id.
 */
public sealed interface MessageView {

    /** The message as the client keeps it. */
    ReceivedEntry entry();

    /**
     * An Acknowledgement Response (CP-SC020).
     *
     * @param fileName the upload file it answers, or {@code null} when the client did not send it
     * @param status   the file's status now, or {@code null} when unknown
     * @param records  the records refused, with their reasons
     */
    record Acknowledgement(ReceivedEntry entry, String sequenceId, String fileName, FileOutcome outcome,
                           FileStatus status, int successful, int failed, List<RecordLine> records)
            implements MessageView {
        public Acknowledgement {
            records = List.copyOf(records);
        }
    }

    /** One refused record of an acknowledgement. */
    record RecordLine(int position, String localId, String nhsNumber, RecordOutcome outcome, String reason) {
    }

    /**
     * An Access to Service Notification (CP-SC021): every access, most recent first; none means nobody looked.
     */
    record AccessToService(ReceivedEntry entry, UUID notificationId, Instant createdAt, List<AccessLine> accesses)
            implements MessageView {
        public AccessToService {
            accesses = List.copyOf(accesses);
        }
    }

    /**
     * One access to a child's CP-IS information.
     *
     * @param who   the NHS worker's name (or the system's)
     * @param role  their job role
     * @param where the NHS organisation's name and ODS code
     * @param when  when they looked
     */
    record AccessLine(String localId, String nhsNumber, String who, String role, String where, Instant when,
                      String uploadFileId) {
    }

    /** An Inactive NHS Number Notification (CP-SC022). */
    record InactiveNumbers(ReceivedEntry entry, UUID notificationId, Instant createdAt, List<InactiveLine> numbers)
            implements MessageView {
        public InactiveNumbers {
            numbers = List.copyOf(numbers);
        }
    }

    /**
     * One inactive NHS number.
     *
     * @param newNumber the replacement, or {@code null} when PDS does not know it
     * @param updated   whether the client now sends the new number for the child (CP-SC023, CP-SC024)
     */
    record InactiveLine(String localId, String oldNumber, String newNumber, String uploadFileId, boolean updated) {
    }

    /** A MESH transport report about a file the LA sent (e.g. not collected). */
    record TransportReport(ReceivedEntry entry) implements MessageView {
    }

    /** A message the client could not read: the summary says why; the file is kept under {@code received/}. */
    record Unreadable(ReceivedEntry entry) implements MessageView {
    }
}
