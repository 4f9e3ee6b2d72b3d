package org.cpis.sft.la.state;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.upload.UploadRecord;

/**
 * One upload record of a child as the client last sent it (or is about to send it): the CP-IS data items only. For
 * an unborn child the NHS number, names and birth date are the mother's (CP-SC012). Two held records are equal
 * exactly when sending one after the other would change nothing at CP-IS.
 */
public record HeldRecord(SubjectKind kind, String nhsNumber, String givenName, String familyName, LocalDate birthDate,
                         List<HeldPlan> plans) {

    public HeldRecord {
        Objects.requireNonNull(kind, "kind");
        plans = List.copyOf(plans);
    }

    /** The key CP-IS holds the record under; {@code null} while the NHS number is missing. */
    public RecordKey key() {
        return nhsNumber == null ? null : new RecordKey(kind, nhsNumber);
    }

    public Optional<HeldPlan> plan(PlanType type) {
        return plans.stream().filter(p -> p.type() == type).findFirst();
    }

    public HeldRecord withPlans(List<HeldPlan> newPlans) {
        return new HeldRecord(kind, nhsNumber, givenName, familyName, birthDate, newPlans);
    }

    /** The record as the upload carries it, at {@code position} in its file, with the LA's own child id. */
    public UploadRecord toUploadRecord(int position, String localId) {
        return new UploadRecord(position, kind, nhsNumber, localId, new PersonName(givenName, familyName), birthDate,
                plans.stream().map(HeldPlan::toPlan).toList());
    }
}
