package org.cpis.core.report;

import java.time.LocalDate;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.Organisation;

/** A CPP open for two years or more without end or delete date (CP-IS080). */
public record StalePlan(NhsNumber nhsNumber, Organisation localAuthority, String localChildId, LocalDate startDate) {
}
