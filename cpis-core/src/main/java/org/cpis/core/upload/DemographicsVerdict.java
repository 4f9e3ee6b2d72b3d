package org.cpis.core.upload;

import java.util.Optional;
import org.cpis.core.port.DemographicsRecord;

/**
 * What PDS's answer means for one upload record, in this order (our reading of the vocabulary's wording,
 * where CPR02 is "Matched, but Sensitive" and CPR05 "Verified, but Superseded"):
 * no person, or a record marked invalid: CPR01; the cross-check fails: CPR03; sensitive: CPR02;
 * superseded: CPR05 (the LA must resend with the new number); otherwise the record may be stored.
 */
public final class DemographicsVerdict {

    private final PdsCrossCheck crossCheck;

    public DemographicsVerdict(PdsCrossCheck crossCheck) {
        this.crossCheck = crossCheck;
    }

    public Optional<RecordDetail> assess(UploadRecord record, Optional<DemographicsRecord> pds) {
        if (pds.isEmpty()) {
            return Optional.of(RecordDetail.PDS_NOT_FOUND);
        }
        DemographicsRecord person = pds.get();
        if (person.invalid()) {
            return Optional.of(RecordDetail.PDS_INVALID);
        }
        if (!crossCheck.verifies(record.name(), record.birthDate(), person)) {
            return Optional.of(RecordDetail.PDS_NOT_VERIFIED);
        }
        if (person.sensitive()) {
            return Optional.of(RecordDetail.PDS_SENSITIVE);
        }
        if (person.isSuperseded()) {
            return Optional.of(RecordDetail.PDS_SUPERSEDED);
        }
        return Optional.empty();
    }
}
