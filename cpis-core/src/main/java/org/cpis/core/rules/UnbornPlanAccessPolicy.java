package org.cpis.core.rules;

import java.util.Set;
import org.cpis.core.model.QueryAuthor;

/**
 * Who may see Unborn Child Protection Plans (CP-IS041, CP-IS087, CP-NHS007): only authors acting in a
 * midwife job role. The standard's list is R0640 Midwife Consultant, R0650 Midwife Specialist Practitioner,
 * R0660 Midwife Manager, R0670 Midwife - Sister/Charge Nurse, R0680 Midwife. National RBAC has since added
 * R8016 and R8017 (midwife access roles); an operator may configure them, they are not on by default.
 */
public final class UnbornPlanAccessPolicy {

    public static final Set<String> STANDARD_MIDWIFE_ROLES = Set.of("R0640", "R0650", "R0660", "R0670", "R0680");

    private final Set<String> midwifeRoles;

    public UnbornPlanAccessPolicy(Set<String> midwifeRoles) {
        this.midwifeRoles = Set.copyOf(midwifeRoles);
    }

    public static UnbornPlanAccessPolicy standard() {
        return new UnbornPlanAccessPolicy(STANDARD_MIDWIFE_ROLES);
    }

    /** A system author may see them only through a nominated responsible person in a midwife role. */
    public boolean maySeeUnbornPlans(QueryAuthor author) {
        return author.jobRole().map(role -> role.hasAnyRole(midwifeRoles)).orElse(false);
    }

    public Set<String> midwifeRoles() {
        return midwifeRoles;
    }
}
