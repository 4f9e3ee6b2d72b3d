package org.cpis.sft.la.state;

import java.util.Objects;
import org.cpis.core.model.SubjectKind;

/**
 * What CP-IS keys an LA's entry by: the NHS number sent (the child's, or the mother's for an unborn child). A new
 * upload for the number replaces what this LA sent for it before (CP-SC009, CP-IS017).
 */
public record RecordKey(SubjectKind kind, String nhsNumber) {

    public RecordKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nhsNumber, "nhsNumber");
    }
}
