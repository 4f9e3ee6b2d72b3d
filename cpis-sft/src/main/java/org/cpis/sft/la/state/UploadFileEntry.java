package org.cpis.sft.la.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpis.core.upload.FileOutcome;

/**
 * One upload file the client built: its sequence id (CP-SC016), the file's name in the state folder's
 * {@code uploads/}, its status, its records with their outcomes, every sending and the acknowledgement's file
 * outcome. Immutable: each change gives a new entry.
 *
 * @param problems    the reasons of a validation failure, or notes about the acknowledgement
 * @param fileOutcome CPF01-CPF06 once acknowledged
 */
public record UploadFileEntry(String sequenceId, String name, Instant createdAt, FileStatus status,
                              List<FileRecord> records, List<String> problems, List<SendAttempt> sends,
                              Instant acknowledgedAt, FileOutcome fileOutcome) {

    public UploadFileEntry {
        Objects.requireNonNull(sequenceId, "sequenceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        records = List.copyOf(records);
        problems = problems == null ? List.of() : List.copyOf(problems);
        sends = sends == null ? List.of() : List.copyOf(sends);
    }

    /** The upload file's name in the state folder, e.g. {@code CPIS_X09_00000012.xml}. */
    public String fileName() {
        return name + ".xml";
    }

    public Optional<SendAttempt> lastSend() {
        return sends.isEmpty() ? Optional.empty() : Optional.of(sends.get(sends.size() - 1));
    }

    public UploadFileEntry withStatus(FileStatus newStatus, List<String> newProblems) {
        return new UploadFileEntry(sequenceId, name, createdAt, newStatus, records, newProblems, sends, acknowledgedAt,
                fileOutcome);
    }

    public UploadFileEntry sent(SendAttempt attempt) {
        List<SendAttempt> all = new ArrayList<>(sends);
        all.add(attempt);
        return new UploadFileEntry(sequenceId, name, createdAt, FileStatus.SENT, records, problems, all, acknowledgedAt,
                fileOutcome);
    }

    public UploadFileEntry acknowledged(FileStatus newStatus, FileOutcome outcome, Instant at, List<FileRecord> newRecords,
                                        List<String> notes) {
        return new UploadFileEntry(sequenceId, name, createdAt, newStatus, newRecords, notes, sends, at, outcome);
    }
}
