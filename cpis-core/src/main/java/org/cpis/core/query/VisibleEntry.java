package org.cpis.core.query;

import java.util.List;
import java.util.Objects;
import org.cpis.core.model.LocalAuthority;
import org.cpis.core.model.Plan;

/**
 * One providing Local Authority as the NHS may see it: its name, code and phones, and its visible plans -
 * never its child identifier, the plans' delete dates, or the child's names and birth date (CP-IS051,
 * CP-NHS010).
 */
public record VisibleEntry(LocalAuthority localAuthority, List<Plan> plans) {

    public VisibleEntry {
        Objects.requireNonNull(localAuthority, "localAuthority");
        plans = List.copyOf(plans);
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("a visible entry has at least one plan");
        }
        if (plans.stream().anyMatch(p -> p.delete() != null)) {
            throw new IllegalArgumentException("delete dates never leave CP-IS");
        }
    }
}
