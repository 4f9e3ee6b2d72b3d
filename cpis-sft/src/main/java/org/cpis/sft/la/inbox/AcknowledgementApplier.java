package org.cpis.sft.la.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpis.core.upload.RecordOutcome;
import org.cpis.gateway.codec.upload.ReceivedAcknowledgement;
import org.cpis.gateway.codec.upload.ReceivedRecord;
import org.cpis.sft.la.state.FileRecord;
import org.cpis.sft.la.state.FileStatus;
import org.cpis.sft.la.state.LaState;
import org.cpis.sft.la.state.UploadFileEntry;

/**
 * Applies a received Acknowledgement Response to the upload file it answers (CP-IS019: correlated by the file's
 * sequence id; CP-SC020): the file's status from the file outcome, and for a file whose records were processed
 * (CPF02-CPF04) each record's outcome by its position - a record the acknowledgement does not list as refused was
 * loaded. Once a file has a final status (successful, partial, unsuccessful), a later acknowledgement of another kind
 * (a resubmission answered late) does not undo it. Records the acknowledgement returns with a different local id
 * than the file had are noted.
 */
public final class AcknowledgementApplier {

    /** The file the acknowledgement updated, or empty when the client did not send that file. */
    public Optional<UploadFileEntry> apply(LaState state, ReceivedAcknowledgement ack) {
        Optional<UploadFileEntry> found = state.file(ack.sequenceId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UploadFileEntry file = found.get();
        FileStatus status = OutcomeWords.status(ack.fileOutcome());
        if (file.status().isFinal() && !status.isFinal()) {
            return Optional.of(file);
        }
        List<String> notes = new ArrayList<>();
        List<FileRecord> records = new ArrayList<>();
        if (ack.fileOutcome().isFinal()) {
            Map<Integer, ReceivedRecord> byPosition = new HashMap<>();
            ack.records().forEach(r -> byPosition.put(r.position(), r));
            for (FileRecord r : file.records()) {
                ReceivedRecord received = byPosition.get(r.position());
                if (received == null) {
                    records.add(r.withOutcome(RecordOutcome.CPR06, null, OutcomeWords.reason(RecordOutcome.CPR06, null)));
                    continue;
                }
                if (received.localId() != null && r.localId() != null && !received.localId().equals(r.localId())) {
                    notes.add("record " + r.position() + " was sent for child " + r.localId()
                            + " but the acknowledgement names child " + received.localId());
                }
                records.add(r.withOutcome(received.outcome(), received.detail() == null ? null : received.detail().code(),
                        OutcomeWords.reason(received.outcome(), received.detail())));
            }
        } else {
            records.addAll(file.records());
            notes.add(ack.fileOutcome() + " " + OutcomeWords.fileMeaning(ack.fileOutcome()));
        }
        UploadFileEntry updated = file.acknowledged(status, ack.fileOutcome(), ack.createdAt(), records, notes);
        state.replaceFile(updated);
        return Optional.of(updated);
    }
}
