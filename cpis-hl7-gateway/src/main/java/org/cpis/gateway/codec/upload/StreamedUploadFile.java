package org.cpis.gateway.codec.upload;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.cpis.core.upload.UploadFile;
import org.cpis.core.upload.UploadRecord;
import org.cpis.core.upload.UploadRecordChecks;
import org.cpis.core.upload.UploadedLocalAuthority;

/**
 * Presents an {@link UploadReader} to the core as an {@link UploadFile} whose records stream: the core's
 * {@code UploadService} pulls them a batch at a time, and each is decoded only then.
 * <p>
 * A record the decoder refused ({@link RecordProblem}) must be refused by the core too, with one outcome and
 * one detail code, and stay in its place so that the file's record count and positions hold. The core has no
 * detail code for "does not follow the message rules", so it is given the record as read - every item that
 * could not be read left out - which its own checks refuse with the matching detail: an unreadable NHS number
 * is a missing one (CPR07/CPRD01), an unreal birth date a missing one (CPRD18), an unreal plan start date a
 * missing one (CPRD10), an unreal UCPP end date a missing due date (CPRD13), and an NHS number in the wrong
 * format keeps its CPR04. When that record would pass the core's checks (an unreal CPP/LAC end or delete date,
 * a contentId naming another template, two subjects, any other schema problem), it is given to the core
 * without its plans instead, which the core refuses with CPRD09: no plan it could read. The precise problems
 * go to the {@code onProblem} listener, for the operator's log.
 */
public final class StreamedUploadFile {

    private static final UploadRecordChecks CHECKS = new UploadRecordChecks();

    private StreamedUploadFile() {
    }

    /**
     * @param contentHash a digest of the file's bytes (the caller hashes the file before opening it, as the
     *                    core looks for a repeat of the file before reading its records)
     * @param onProblem   told of every record the decoder refused, as it is read
     */
    public static UploadFile of(UploadReader reader, String contentHash, Consumer<RecordProblem> onProblem) {
        Objects.requireNonNull(onProblem, "onProblem");
        UploadHeader h = reader.header();
        Iterable<UploadRecord> records = () -> new Iterator<>() {
            private final Iterator<DecodedRecord> decoded = reader.iterator();

            @Override
            public boolean hasNext() {
                return decoded.hasNext();
            }

            @Override
            public UploadRecord next() {
                DecodedRecord next = decoded.next();
                if (next instanceof RecordProblem problem) {
                    onProblem.accept(problem);
                }
                return forCore(next, h.sender());
            }
        };
        return new UploadFile(h.sequenceId(), h.createdAt(), h.declaredRecordCount(), h.sender(), records, contentHash);
    }

    /** The record the core is given for a decoded record (see the class comment for a refused one). */
    public static UploadRecord forCore(DecodedRecord record, UploadedLocalAuthority sender) {
        if (record instanceof GoodRecord good) {
            return good.record();
        }
        UploadRecord asRead = ((RecordProblem) record).asRead();
        if (CHECKS.firstFailure(asRead, sender).isPresent()) {
            return asRead;
        }
        return new UploadRecord(asRead.position(), asRead.subjectKind(), asRead.nhsNumber(), asRead.localId(),
                asRead.name(), asRead.birthDate(), List.of());
    }
}
