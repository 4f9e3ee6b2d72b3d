package org.cpis.server.report;

import java.time.Instant;
import java.util.Objects;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.report.Presence;

/** CP-IS075: whether the record of an NHS number could be retrieved at a past moment, as the audit trail tells. */
public record PresenceReport(NhsNumber nhsNumber, Instant at, Presence presence) {

    public PresenceReport {
        Objects.requireNonNull(nhsNumber, "nhsNumber");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(presence, "presence");
    }
}
