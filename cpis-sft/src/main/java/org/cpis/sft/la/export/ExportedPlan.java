package org.cpis.sft.la.export;

import java.time.LocalDate;
import java.util.Objects;
import org.cpis.core.model.PlanType;

/**
 * One plan of a child as the case-management export lists it (one CSV row, or one entry of a child's
 * {@code plans} in JSON).
 *
 * @param where          where it is in the export, e.g. "line 12", for messages
 * @param start          the plan's start date, or {@code null} when the export gives none
 * @param end            the plan's end date, or {@code null} while it is open
 * @param delete         a data-quality delete date (the plan was recorded in error), or {@code null}
 * @param lacLegalStatus the LA's own legal-status code of a looked-after child, or {@code null}
 */
public record ExportedPlan(String where, PlanType type, LocalDate start, LocalDate end, LocalDate delete,
                           String lacLegalStatus) {

    public ExportedPlan {
        Objects.requireNonNull(type, "type");
    }
}
