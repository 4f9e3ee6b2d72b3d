package org.cpis.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.core.testing.Fixtures.LA_X;
import static org.cpis.core.testing.Fixtures.LA_Y;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.NHS_C;
import static org.cpis.core.testing.Fixtures.child;
import static org.cpis.core.testing.Fixtures.cpp;
import static org.cpis.core.testing.Fixtures.file;
import static org.cpis.core.testing.Fixtures.plan;
import static org.cpis.core.testing.Fixtures.unborn;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEntry;
import org.cpis.core.audit.AuditQuery;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PlanType;
import org.cpis.core.query.NhsQuery;
import org.cpis.core.query.QueryService;
import org.cpis.core.retention.RetentionService;
import org.cpis.core.rules.UnbornPlanAccessPolicy;
import org.cpis.core.testing.FakeDemographics;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.InMemoryStore;
import org.cpis.core.testing.MutableClock;
import org.cpis.core.upload.UploadService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportServiceTest {

    private final InMemoryStore store = new InMemoryStore();
    private final FakeDemographics pds = new FakeDemographics();
    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
    private final UploadService uploads = new UploadService(store, pds, clock);
    private final QueryService queries = new QueryService(store, Fixtures.emptyDirectory(), clock,
            UnbornPlanAccessPolicy.standard());
    private final ReportService reports = new ReportService(store, clock);
    private int ids;

    @BeforeEach
    void data() {
        pds.person(NHS_A, LocalDate.parse("2015-05-20"), "Amy", "Adams")
                .person(NHS_B, LocalDate.parse("2016-07-01"), "Ben", "Brown")
                .person(NHS_C, LocalDate.parse("1995-02-03"), "Mary", "Clark");
        uploads.process(file(LA_X, "1",
                child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20", cpp("2023-01-01"), plan(PlanType.LAC, "2025-01-01", null, null)),
                child(2, NHS_B, "C-2", "Ben", "Brown", "2016-07-01", plan(PlanType.CPP, "2025-01-01", "2025-02-01", "2026-01-01"))));
        uploads.process(file(LA_Y, "1",
                unborn(1, NHS_C, "M-3", "Mary", "Clark", "1995-02-03", plan(PlanType.UCPP, "2026-01-01", "2026-06-01", null)),
                child(2, NHS_A, "Y-1", "Amy", "Adams", "2015-05-20", cpp("2025-06-01"))));
    }

    private void query(String nhs, org.cpis.core.model.QueryAuthor who) {
        queries.query(new NhsQuery(Fixtures.id(++ids), NhsNumber.of(nhs), clock.instant(), who));
    }

    @Test
    @DisplayName("CP-IS077: current counts, counts in a period, queries and querying organisations")
    void serviceCounts() {
        query(NHS_A, Fixtures.nurse("1"));
        query(NHS_B, Fixtures.nurse("1"));   // deleted plan: not found, still a query received
        query(NHS_C, Fixtures.system("200000000001"));
        ServiceCounts c = reports.serviceCounts(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-01"));
        assertThat(c.providingLocalAuthorities()).extracting(o -> o.code().value()).containsExactly("X09", "Y05");
        assertThat(c.currentNhsNumbers()).isEqualTo(2);
        assertThat(c.currentLocalAuthorities()).isEqualTo(2);
        assertThat(c.currentPlans()).containsEntry(PlanType.CPP, 2L).containsEntry(PlanType.LAC, 1L)
                .containsEntry(PlanType.UCPP, 1L);
        assertThat(c.perLocalAuthority().get(org.cpis.core.model.OdsCode.of("X09")))
                .containsEntry(PlanType.CPP, 1L).containsEntry(PlanType.LAC, 1L);
        assertThat(c.queriesInPeriod()).isEqualTo(3);
        assertThat(c.queryingOrganisations()).isEqualTo(2);
        ServiceCounts early = reports.serviceCounts(LocalDate.parse("2025-01-15"), LocalDate.parse("2025-01-31"));
        assertThat(early.plansInPeriod()).containsEntry(PlanType.CPP, 2L).containsEntry(PlanType.LAC, 1L)
                .containsEntry(PlanType.UCPP, 0L);
        assertThat(early.queriesInPeriod()).isZero();
    }

    @Test
    @DisplayName("CP-IS079: the subject access report holds every entry in full, every access and the audit history")
    void subjectAccessReport() {
        query(NHS_A, Fixtures.nurse("1"));
        SubjectAccessReport r = reports.subjectAccessReport(NhsNumber.of(NHS_A));
        assertThat(r.entries()).extracting(e -> e.localChildId()).containsExactlyInAnyOrder("C-1", "Y-1");
        assertThat(r.accessEvents()).hasSize(1);
        assertThat(r.auditHistory()).extracting(a -> a.event().action())
                .containsExactly(AuditAction.RECORD_STORED, AuditAction.RECORD_STORED, AuditAction.RECORD_ACCESSED);
    }

    @Test
    @DisplayName("CP-IS080: CPPs open two years or more without end or delete date")
    void stalePlans() {
        List<StalePlan> stale = reports.staleChildProtectionPlans();
        assertThat(stale).hasSize(1);
        assertThat(stale.get(0).nhsNumber().value()).isEqualTo(NHS_A);
        assertThat(stale.get(0).localAuthority().code().value()).isEqualTo("X09");
        assertThat(stale.get(0).startDate()).isEqualTo(LocalDate.parse("2023-01-01"));
    }

    @Test
    @DisplayName("CP-IS081: who viewed or changed which record, when and from where")
    void activity() {
        query(NHS_A, Fixtures.nurse("1"));
        List<AuditEntry> views = reports.activity(new AuditQuery(null, "sds:1", null, Set.of(AuditAction.RECORD_ACCESSED),
                null, null, 100));
        assertThat(views).hasSize(1);
        assertThat(views.get(0).event().subject().value()).isEqualTo(NHS_A);
        assertThat(views.get(0).event().actorOrganisation()).isEqualTo(Fixtures.ED.code());
        List<AuditEntry> changesByY = reports.activity(new AuditQuery(null, "la:Y05", null,
                Set.of(AuditAction.RECORD_STORED), null, null, 100));
        assertThat(changesByY).extracting(a -> a.event().subject().value()).containsExactly(NHS_C, NHS_A);
    }

    @Test
    @DisplayName("CP-IS075: whether a record was present at a past time is derivable from the audit trail")
    void presenceAt() {
        Instant beforeUpload = Instant.parse("2026-03-01T09:00:00Z");
        Instant afterUpload = clock.instant().plusSeconds(1);
        assertThat(reports.presenceAt(NhsNumber.of(NHS_A), beforeUpload)).isEqualTo(Presence.ABSENT);
        assertThat(reports.presenceAt(NhsNumber.of(NHS_A), afterUpload)).isEqualTo(Presence.PRESENT);
        assertThat(reports.presenceAt(NhsNumber.of(NHS_B), afterUpload)).as("its only plan is deleted").isEqualTo(Presence.ABSENT);
        // years later everything has expired and been purged; the past is still answerable
        clock.advance(Duration.ofDays(365 * 6));
        new RetentionService(store, pds, clock).sweep();
        assertThat(store.inTransaction(s -> s.records().find(NhsNumber.of(NHS_C))).isEmpty()).isTrue();
        assertThat(reports.presenceAt(NhsNumber.of(NHS_C), afterUpload)).isEqualTo(Presence.PRESENT);
        assertThat(reports.presenceAt(NhsNumber.of(NHS_C), clock.instant())).isEqualTo(Presence.ABSENT);
    }
}
