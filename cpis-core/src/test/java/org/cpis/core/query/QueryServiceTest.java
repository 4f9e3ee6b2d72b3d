package org.cpis.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.core.testing.Fixtures.LA_X;
import static org.cpis.core.testing.Fixtures.LA_Y;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.entry;
import static org.cpis.core.testing.Fixtures.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.rules.UnbornPlanAccessPolicy;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.InMemoryStore;
import org.cpis.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QueryServiceTest {

    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
    private final QueryService queries = new QueryService(store, Fixtures.emptyDirectory(), clock,
            UnbornPlanAccessPolicy.standard());
    private int queryIds;

    private void hold(LocalAuthorityEntry e) {
        store.inTransaction(s -> s.records().replace(e));
    }

    private QueryResult ask(String nhs, QueryAuthor who) {
        return queries.query(new NhsQuery(Fixtures.id(++queryIds), NhsNumber.of(nhs), clock.instant(), who));
    }

    private static LocalAuthorityEntry unbornEntry(String nhs, Plan ucpp) {
        return new LocalAuthorityEntry(NhsNumber.of(nhs), Fixtures.la(LA_Y), "M-1", SubjectKind.UNBORN_CHILD, null,
                List.of(ucpp), "7", Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    @DisplayName("CP-IS015 CP-IS044 CP-IS046 CP-IS021: a positive trace lists every LA with its visible plans and phones")
    void positiveTrace() {
        hold(entry(NHS_A, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01"), plan(PlanType.LAC, "2025-02-01", null, null)));
        hold(entry(NHS_A, LA_Y, "2015-05-20", Fixtures.cpp("2025-06-01")));
        QueryResult.Found found = (QueryResult.Found) ask(NHS_A, Fixtures.nurse("1"));
        assertThat(found.entries()).extracting(v -> v.localAuthority().code().value()).containsExactly("X09", "Y05");
        assertThat(found.entries().get(0).plans()).extracting(Plan::type).containsExactly(PlanType.CPP, PlanType.LAC);
        assertThat(found.entries().get(0).localAuthority().emergencyDutyPhone().digits()).isEqualTo("01632960001");
        assertThat(found.entries().get(0).localAuthority().officeHours()).isPresent();
        assertThat(found.totalChildRecords()).isEqualTo(2);
        assertThat(found.respondedAt()).isEqualTo(clock.instant());
    }

    @Test
    @DisplayName("CP-IS015: no record held is a negative trace and stores no access event (CP-IS073)")
    void negativeTrace() {
        assertThat(ask(NHS_B, Fixtures.nurse("1"))).isInstanceOf(QueryResult.NotFound.class);
        assertThat(store.allAccessEvents()).isEmpty();
        assertThat(store.auditEvents()).extracting(e -> e.action()).containsExactly(AuditAction.QUERY_NOT_FOUND);
    }

    @Test
    @DisplayName("CP-IS009 CP-IS010: a record whose plans are all gone is not found; gone plans are left out")
    void invisiblePlans() {
        hold(entry(NHS_A, LA_X, "2015-05-20", plan(PlanType.CPP, "2020-01-01", "2024-01-01", null)));
        hold(entry(NHS_A, LA_Y, "2015-05-20", plan(PlanType.LAC, "2025-01-01", null, "2026-03-01"),
                plan(PlanType.CPP, "2025-01-01", null, null)));
        QueryResult.Found found = (QueryResult.Found) ask(NHS_A, Fixtures.nurse("1"));
        assertThat(found.entries()).hasSize(1);
        assertThat(found.entries().get(0).plans()).extracting(Plan::type).containsExactly(PlanType.CPP);
        hold(entry(NHS_B, LA_X, "2015-05-20", plan(PlanType.CPP, "2020-01-01", null, "2026-03-01")));
        assertThat(ask(NHS_B, Fixtures.nurse("1"))).isInstanceOf(QueryResult.NotFound.class);
    }

    @Test
    @DisplayName("CP-IS041 CP-IS087 CP-NHS007: unborn plans only for midwives; nothing else visible means not found")
    void unbornOnlyForMidwives() {
        hold(unbornEntry(NHS_B, plan(PlanType.UCPP, "2026-01-01", "2026-06-01", null)));
        assertThat(ask(NHS_B, Fixtures.nurse("1"))).isInstanceOf(QueryResult.NotFound.class);
        assertThat(store.allAccessEvents()).isEmpty();
        QueryResult.Found found = (QueryResult.Found) ask(NHS_B, Fixtures.midwife("2"));
        assertThat(found.entries().get(0).plans()).extracting(Plan::type).containsExactly(PlanType.UCPP);
        assertThat(found.entries().get(0).plans().get(0).endDate()).contains(LocalDate.parse("2026-06-01"));
    }

    @Test
    @DisplayName("CP-IS041: a non-midwife sees the child's other plans but not the unborn plan")
    void mixedWithUnborn() {
        hold(entry(NHS_B, LA_X, "2010-02-03", Fixtures.cpp("2025-01-01")));
        hold(unbornEntry(NHS_B, plan(PlanType.UCPP, "2026-01-01", "2026-06-01", null)));
        QueryResult.Found nurse = (QueryResult.Found) ask(NHS_B, Fixtures.nurse("1"));
        assertThat(nurse.entries()).hasSize(1);
        assertThat(nurse.entries().get(0).localAuthority().code().value()).isEqualTo("X09");
        QueryResult.Found midwife = (QueryResult.Found) ask(NHS_B, Fixtures.midwife("2"));
        assertThat(midwife.entries()).hasSize(2);
    }

    @Test
    @DisplayName("CP-IS051 CP-NHS010: the LA's child id, delete dates and the child's DOB never leave")
    void nothingPrivateLeaves() {
        hold(entry(NHS_A, LA_X, "2015-05-20", plan(PlanType.CPP, "2025-01-01", null, "2027-01-01")));
        QueryResult.Found found = (QueryResult.Found) ask(NHS_A, Fixtures.nurse("1"));
        assertThat(found.entries().get(0).plans().get(0).delete()).isNull();
        // VisibleEntry has no component for a child id or a birth date; the record type is the guarantee
        assertThat(VisibleEntry.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("localAuthority", "plans");
    }

    @Test
    @DisplayName("CP-IS030: after the 18th birthday an open plan is shown with the automatic end date")
    void eighteenthBirthdayEndDate() {
        hold(entry(NHS_A, LA_X, "2008-02-29", Fixtures.cpp("2020-01-01")));
        clock.set(Instant.parse("2026-03-01T10:00:00Z"));
        QueryResult.Found found = (QueryResult.Found) ask(NHS_A, Fixtures.nurse("1"));
        assertThat(found.entries().get(0).plans().get(0).endDate()).contains(LocalDate.parse("2026-03-01"));
        clock.set(Instant.parse("2027-03-02T10:00:00Z"));
        assertThat(ask(NHS_A, Fixtures.nurse("1"))).isInstanceOf(QueryResult.NotFound.class);
    }

    @Test
    @DisplayName("CP-IS068 CP-IS073 CP-IS036 CP-IS038: an access event is stored when a visible record is found, with who, where and when")
    void accessRecorded() {
        hold(entry(NHS_A, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        QueryAuthor nurse = Fixtures.nurse("1");
        Instant sentAt = Instant.parse("2026-03-01T09:59:58Z");
        queries.query(new NhsQuery(Fixtures.id(99), NhsNumber.of(NHS_A), sentAt, nurse));
        List<AccessEvent> events = store.allAccessEvents();
        assertThat(events).hasSize(1);
        AccessEvent e = events.get(0);
        assertThat(e.queryId()).isEqualTo(Fixtures.id(99));
        assertThat(e.accessedAt()).isEqualTo(clock.instant());
        assertThat(e.queryTime()).isEqualTo(sentAt);
        assertThat(e.author()).isEqualTo(nurse);
        assertThat(store.auditEvents()).extracting(a -> a.action()).containsExactly(AuditAction.RECORD_ACCESSED);
        assertThat(store.auditEvents().get(0).actorOrganisation()).isEqualTo(Fixtures.ED.code());
    }

    @Test
    @DisplayName("CP-IS026 CP-IS047 CP-IS048: the history includes this query, first per worker per 24 h, newest first")
    void historyCondensed() {
        hold(entry(NHS_A, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        ask(NHS_A, Fixtures.nurse("1"));
        clock.advance(Duration.ofHours(2));
        ask(NHS_A, Fixtures.nurse("1"));
        clock.advance(Duration.ofHours(1));
        ask(NHS_A, Fixtures.system("200000000001"));
        clock.advance(Duration.ofHours(1));
        QueryResult.Found found = (QueryResult.Found) ask(NHS_A, Fixtures.nurse("2"));
        assertThat(found.accessHistory()).extracting(a -> a.author().workerKey())
                .containsExactly("sds:2", "asid:200000000001/Sam Supervisor", "sds:1");
        assertThat(found.totalAccessRecords()).isEqualTo(3);
        assertThat(store.allAccessEvents()).as("CP-IS047 every access kept").hasSize(4);
    }

    @Test
    @DisplayName("CP-IS048: at most 25 history entries")
    void historyLimited() {
        hold(entry(NHS_A, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        QueryResult.Found last = null;
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofMinutes(1));
            last = (QueryResult.Found) ask(NHS_A, Fixtures.nurse("w" + i));
        }
        assertThat(last.accessHistory()).hasSize(25);
        assertThat(last.accessHistory().get(0).author().workerKey()).isEqualTo("sds:w29");
    }

    @Test
    @DisplayName("Silent read (accessEventType false): same answer, no access event")
    void silentRead() {
        hold(entry(NHS_A, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        QueryResult r = queries.query(new NhsQuery(Fixtures.id(1), NhsNumber.of(NHS_A), clock.instant(),
                Fixtures.nurse("1"), false));
        assertThat(r).isInstanceOf(QueryResult.Found.class);
        assertThat(store.allAccessEvents()).isEmpty();
    }

    @Test
    @DisplayName("CP-IS008: the LA's name comes from the organisation directory when it knows the code")
    void odsNames() {
        hold(entry(NHS_A, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        QueryService named = new QueryService(store, Fixtures.directory(Map.of("X09", "EXAMPLESHIRE COUNCIL")), clock,
                UnbornPlanAccessPolicy.standard());
        QueryResult.Found found = (QueryResult.Found) named.query(new NhsQuery(Fixtures.id(1), NhsNumber.of(NHS_A),
                clock.instant(), Fixtures.nurse("1")));
        assertThat(found.entries().get(0).localAuthority().name()).isEqualTo("EXAMPLESHIRE COUNCIL");
    }

    @Test
    @DisplayName("CP-IS047 CP-IS067: fifty concurrent queries on one child leave exactly fifty access events")
    void concurrentQueries() throws Exception {
        hold(entry(NHS_A, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<QueryResult>> tasks = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                tasks.add(() -> queries.query(new NhsQuery(Fixtures.id(1000 + n), NhsNumber.of(NHS_A), clock.instant(),
                        Fixtures.nurse("c" + n))));
            }
            for (var f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isInstanceOf(QueryResult.Found.class);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(store.allAccessEvents()).hasSize(50);
    }
}
