package org.cpis.core.upload;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.Plan;
import org.cpis.core.model.SubjectKind;

/**
 * One record of an upload file, as sent, before any check. For an unborn child the NHS number, local id,
 * name and birth date are the mother's (COCT_TP145100GB01).
 *
 * @param position  1-based position of the record in its file (for messages and the ack's location)
 * @param nhsNumber the NHS number as sent (may be malformed)
 * @param localId   the LA's own identifier of the child (or mother), or {@code null}
 */
public record UploadRecord(int position, SubjectKind subjectKind, String nhsNumber, String localId, PersonName name,
                           LocalDate birthDate, List<Plan> plans) {

    public UploadRecord {
        Objects.requireNonNull(subjectKind, "subjectKind");
        name = name == null ? new PersonName(null, null) : name;
        plans = List.copyOf(plans);
    }
}
