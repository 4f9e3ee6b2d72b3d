package org.cpis.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.cpis.core.access.AccessDecision;
import org.cpis.core.access.AccessRefusal;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.InMemoryStore;
import org.cpis.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QueryRefusalAuditTest {

    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");

    @Test
    @DisplayName("CP-IS073 CP-IS059: a refused query is audited with who asked, about whom and the access code;"
            + " no access event is stored")
    void auditsTheRefusal() {
        NhsQuery query = new NhsQuery(Fixtures.id(7), NhsNumber.of(Fixtures.NHS_A),
                Instant.parse("2026-03-01T09:59:00Z"), Fixtures.nurse("555000000105"));

        new QueryRefusalAudit(store, clock).record(query, (AccessDecision.Refused) AccessDecision.refused(
                AccessRefusal.USER_DISABLED, "SDS user 555000000105 is disabled"));

        assertThat(store.auditEvents()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.QUERY_REFUSED);
            assertThat(e.at()).isEqualTo(clock.instant());
            assertThat(e.actor()).isEqualTo("sds:555000000105");
            assertThat(e.actorOrganisation()).isEqualTo(OdsCode.of("RX1"));
            assertThat(e.subject()).isEqualTo(NhsNumber.of(Fixtures.NHS_A));
            assertThat(e.detail()).isEqualTo("query " + Fixtures.id(7) + " refused CPIS-A005 user disabled:"
                    + " SDS user 555000000105 is disabled from Example Hospitals NHS Trust");
        });
        assertThat(store.auditEvents()).extracting(AuditEvent::action).doesNotContain(AuditAction.RECORD_ACCESSED);
        assertThat(store.allAccessEvents()).isEmpty();
    }
}
