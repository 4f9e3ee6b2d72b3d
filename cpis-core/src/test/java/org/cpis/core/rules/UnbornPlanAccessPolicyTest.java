package org.cpis.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.WorkerName;
import org.cpis.core.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UnbornPlanAccessPolicyTest {

    private final UnbornPlanAccessPolicy policy = UnbornPlanAccessPolicy.standard();

    private static QueryAuthor person(String role) {
        return new QueryAuthor.Person("555", null, JobRoleCode.of(role), "x", WorkerName.of("A", "B"), Fixtures.ED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"R0640", "R0650", "R0660", "R0670", "R0680", "S0030:G0100:R0680"})
    @DisplayName("CP-IS041 CP-IS087 CP-NHS007: midwife job roles may see unborn child plans")
    void midwives(String role) {
        assertThat(policy.maySeeUnbornPlans(person(role))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"R0570", "R0050", "S0010:G0020:R0050", "R8016", "NR0680", "R06801"})
    @DisplayName("CP-IS041: other roles, and the newer R8016 unless configured, may not")
    void others(String role) {
        assertThat(policy.maySeeUnbornPlans(person(role))).isFalse();
    }

    @Test
    @DisplayName("CP-IS041: the operator may add R8016/R8017")
    void configurable() {
        UnbornPlanAccessPolicy extended = new UnbornPlanAccessPolicy(Set.of("R0680", "R8016", "R8017"));
        assertThat(extended.maySeeUnbornPlans(person("S8000:G8000:R8016"))).isTrue();
    }

    @Test
    @DisplayName("CP-IS041: a system author sees unborn plans only through a midwife responsible person")
    void systemAuthor() {
        QueryAuthor noPerson = new QueryAuthor.System(Asid.of("200000000001"), Fixtures.ED, null, null, null);
        QueryAuthor midwifeBehind = new QueryAuthor.System(Asid.of("200000000001"), Fixtures.ED,
                WorkerName.of("M", "W"), JobRoleCode.of("R0680"), "Midwife");
        assertThat(policy.maySeeUnbornPlans(noPerson)).isFalse();
        assertThat(policy.maySeeUnbornPlans(midwifeBehind)).isTrue();
    }
}
