package org.cpis.gateway.codec.upload;

import java.util.List;
import java.util.Objects;
import org.cpis.core.upload.UploadRecord;
import org.cpis.gateway.codec.Problem;

/**
 * A record the decoder refuses: it does not follow the record schema, or it breaks a rule the core cannot see
 * (an unreal date, a contentId naming another template, two subjects, two ids of one kind). {@code asRead}
 * holds whatever could be read - the NHS number and local id as sent, so that the acknowledgement can name
 * the record - with every item that could not be read left out.
 *
 * @param problems at least one; each names its line, column and element path
 */
public record RecordProblem(int position, List<Problem> problems, UploadRecord asRead) implements DecodedRecord {

    public RecordProblem {
        problems = List.copyOf(problems);
        Objects.requireNonNull(asRead, "asRead");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a record problem names at least one problem");
        }
    }
}
