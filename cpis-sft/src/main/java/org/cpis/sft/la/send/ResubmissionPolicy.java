package org.cpis.sft.la.send;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.cpis.sft.la.state.FileStatus;
import org.cpis.sft.la.state.UploadFileEntry;

/**
 * When an upload file goes (again) (CP-SC017):
 * <ul>
 *   <li>"created": at once;</li>
 *   <li>"sent" with no acknowledgement: again once {@code resubmit-after} (15 hours by default) has passed since it
 *       was last sent;</li>
 *   <li>"PDS unavailable" (CPF05): again at once - CP-IS loaded nothing and asks for the whole file again;</li>
 *   <li>anything else: never (a validation failure is never sent; an acknowledged file is done; a file-level error
 *       needs the administrator).</li>
 * </ul>
 * A file goes again with the same content and sequence id: CP-IS answers a repeat of a file it has already
 * processed with the original acknowledgement, so a resubmission never loads a record twice.
 */
public final class ResubmissionPolicy {

    private final Duration resubmitAfter;

    public ResubmissionPolicy(Duration resubmitAfter) {
        this.resubmitAfter = Objects.requireNonNull(resubmitAfter, "resubmitAfter");
    }

    public boolean isDue(UploadFileEntry file, Instant now) {
        return switch (file.status()) {
            case CREATED, PDS_UNAVAILABLE -> true;
            case SENT -> file.lastSend().map(s -> !now.isBefore(s.at().plus(resubmitAfter))).orElse(true);
            default -> false;
        };
    }

    /** When a sent file becomes due again, for status displays; empty when it is not waiting for that. */
    public Optional<Instant> dueAt(UploadFileEntry file) {
        if (file.status() == FileStatus.SENT) {
            return file.lastSend().map(s -> s.at().plus(resubmitAfter));
        }
        return Optional.empty();
    }
}
