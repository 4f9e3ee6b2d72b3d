package org.cpis.store.usecase;

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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cpis.core.audit.AuditVerification;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.PlanType;
import org.cpis.core.notification.AccessToServiceNotification;
import org.cpis.core.notification.NotificationService;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.core.query.NhsQuery;
import org.cpis.core.query.QueryResult;
import org.cpis.core.query.QueryService;
import org.cpis.core.report.Presence;
import org.cpis.core.report.ReportService;
import org.cpis.core.retention.RetentionService;
import org.cpis.core.rules.UnbornPlanAccessPolicy;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.MutableClock;
import org.cpis.core.testing.SequentialIds;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.core.upload.UploadFile;
import org.cpis.core.upload.UploadResult;
import org.cpis.core.upload.UploadService;
import org.cpis.store.CpisDatabase;
import org.cpis.store.testing.SharedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The core's use cases end to end on real PostgreSQL: the store adapters, one transaction per use case, the
 * ledger's unique key and the audit chain, together.
 */
@ExtendWith(SharedDatabase.class)
class UseCasesOnPostgresIT {

    private final CpisDatabase db;
    // PostgreSQL keeps microseconds: a clock that ticks in whole seconds keeps re-read values equal
    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
    private final UploadService uploads;
    private final QueryService queries;

    UseCasesOnPostgresIT(CpisDatabase db) {
        this.db = db;
        this.uploads = new UploadService(db.transactions(), db.demographics(), clock, 2);
        this.queries = new QueryService(db.transactions(), db.organisations(), clock, UnbornPlanAccessPolicy.standard());
    }

    @BeforeEach
    void people() {
        SharedDatabase.emptyTables(db);
        db.demographics().putAll(List.of(
                person(NHS_A, "2015-05-20", "Amy", "Adams"),
                person(NHS_B, "2016-07-01", "Ben", "Brown"),
                person(NHS_C, "2012-02-03", "Cara", "Clark")));
    }

    private static DemographicsRecord person(String nhs, String dob, String given, String family) {
        return new DemographicsRecord(NhsNumber.of(nhs), LocalDate.parse(dob), List.of(new PersonName(given, family)),
                false, false, null, null);
    }

    private UploadFile firstFile() {
        return file(LA_X, "1",
                child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20", cpp("2025-01-01")),
                child(2, NHS_B, "C-2", "Ben", "Brown", "2016-07-01", plan(PlanType.LAC, "2025-02-01", null, null)),
                child(3, "9990000042", "C-4", "Dan", "Dunn", "2014-01-01", cpp("2025-01-01")));
    }

    @Test
    @DisplayName("CP-IS024 CP-IS019: an upload's records, ledger row, acknowledgement and audit commit together; a repeat changes nothing")
    void uploadExactlyOnce() {
        UploadAcknowledgement ack = uploads.process(firstFile()).acknowledgement();
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF03);
        UploadResult repeat = uploads.process(firstFile());
        assertThat(repeat.repeat()).isTrue();
        assertThat(repeat.acknowledgement()).isEqualTo(ack);
        assertThat(db.transactions().inTransaction(s -> s.records().find(NhsNumber.of(NHS_A))).entries()).hasSize(1);
        AuditVerification audit = db.transactions().inTransaction(s -> s.auditTrail().verify());
        assertThat(audit.isIntact()).isTrue();
        assertThat(audit.entriesChecked()).isEqualTo(4); // 2 stored, 1 refused, 1 file
    }

    @Test
    @DisplayName("CP-IS019: two copies of a file racing are applied once; both get the same acknowledgement")
    void racingCopies() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<UploadResult>> results = pool.invokeAll(List.of(() -> uploads.process(firstFile()),
                    () -> uploads.process(firstFile())));
            UploadResult a = results.get(0).get();
            UploadResult b = results.get(1).get();
            assertThat(a.acknowledgement()).isEqualTo(b.acknowledgement());
            assertThat(List.of(a.repeat(), b.repeat())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdown();
        }
        assertThat(db.transactions().inTransaction(s -> s.auditTrail().verify()).entriesChecked()).isEqualTo(4);
    }

    @Test
    @DisplayName("CPF05: PDS switched off - nothing stored, nothing audited, the file can be sent again")
    void demographicsUnavailable() {
        db.demographics().setAvailable(false);
        assertThat(uploads.process(firstFile()).acknowledgement().fileOutcome()).isEqualTo(FileOutcome.CPF05);
        assertThat(db.transactions().inTransaction(s -> s.records().find(NhsNumber.of(NHS_A))).isEmpty()).isTrue();
        assertThat(db.transactions().inTransaction(s -> s.auditTrail().verify()).entriesChecked()).isZero();
        db.demographics().setAvailable(true);
        assertThat(uploads.process(firstFile()).repeat()).isFalse();
    }

    @Test
    @DisplayName("CP-IS047 CP-IS067 CP-IS068: fifty concurrent queries on one child leave exactly fifty access events")
    void concurrentQueries() throws Exception {
        uploads.process(firstFile());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<QueryResult>> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            tasks.add(() -> queries.query(new NhsQuery(Fixtures.id(500 + n), NhsNumber.of(NHS_A), clock.instant(),
                    Fixtures.nurse("u" + n))));
        }
        try {
            for (Future<QueryResult> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isInstanceOf(QueryResult.Found.class);
            }
        } finally {
            pool.shutdown();
        }
        List<org.cpis.core.model.AccessEvent> stored =
                db.transactions().inTransaction(s -> s.accessLog().history(NhsNumber.of(NHS_A)));
        assertThat(stored).hasSize(50);
        assertThat(db.transactions().inTransaction(s -> s.auditTrail().verify()).isIntact()).isTrue();
    }

    @Test
    @DisplayName("CP-IS026 CP-IS047: the query response's history comes back from PostgreSQL condensed and newest first")
    void historyFromPostgres() {
        uploads.process(firstFile());
        queries.query(new NhsQuery(Fixtures.id(1), NhsNumber.of(NHS_A), clock.instant(), Fixtures.nurse("1")));
        clock.advance(Duration.ofHours(1));
        queries.query(new NhsQuery(Fixtures.id(2), NhsNumber.of(NHS_A), clock.instant(), Fixtures.nurse("1")));
        clock.advance(Duration.ofHours(1));
        QueryResult.Found found = (QueryResult.Found) queries.query(new NhsQuery(Fixtures.id(3), NhsNumber.of(NHS_A),
                clock.instant(), Fixtures.system("200000000001")));
        assertThat(found.accessHistory()).extracting(e -> e.queryId()).containsExactly(Fixtures.id(3), Fixtures.id(1));
        assertThat(found.accessHistory().get(1).author()).isEqualTo(Fixtures.nurse("1"));
        assertThat(queries.query(new NhsQuery(Fixtures.id(4), NhsNumber.of(NHS_C), clock.instant(), Fixtures.nurse("1"))))
                .isInstanceOf(QueryResult.NotFound.class);
    }

    @Test
    @DisplayName("CP-IS025 CP-IS023: the daily notification from PostgreSQL: accessed children per LA, empty for the others")
    void notifications() {
        uploads.process(firstFile());
        uploads.process(file(LA_Y, "9", child(1, NHS_C, "Y-3", "Cara", "Clark", "2012-02-03", cpp("2025-01-01"))));
        queries.query(new NhsQuery(Fixtures.id(1), NhsNumber.of(NHS_A), clock.instant(), Fixtures.nurse("1")));
        NotificationService notifications = new NotificationService(db.transactions(), db.organisations(), clock,
                new SequentialIds());
        List<AccessToServiceNotification> all = notifications.accessToService(LocalDate.parse("2026-03-01"),
                List.of());
        assertThat(all).extracting(n -> n.recipient().code().value()).containsExactly("X09", "Y05");
        assertThat(all.get(0).children()).extracting(c -> c.localChildId()).containsExactly("C-1");
        assertThat(all.get(1).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("CP-IS075 CP-IS039: after expiry and purge, the past is still answerable from the audit trail")
    void retentionAndPresence() {
        uploads.process(file(LA_X, "1", child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20",
                plan(PlanType.CPP, "2025-01-01", "2025-06-01", null))));
        Instant stored = clock.instant();
        queries.query(new NhsQuery(Fixtures.id(1), NhsNumber.of(NHS_A), clock.instant(), Fixtures.nurse("1")));
        clock.set(Instant.parse("2026-06-03T10:00:00Z"));
        var sweep = new RetentionService(db.transactions(), db.demographics(), clock).sweep();
        assertThat(sweep.purgedEntries()).isEqualTo(1);
        assertThat(sweep.purgedAccessEvents()).isEqualTo(1);
        ReportService reports = new ReportService(db.transactions(), clock);
        assertThat(reports.presenceAt(NhsNumber.of(NHS_A), stored)).isEqualTo(Presence.PRESENT);
        assertThat(reports.presenceAt(NhsNumber.of(NHS_A), clock.instant())).isEqualTo(Presence.ABSENT);
        assertThat(db.transactions().inTransaction(s -> s.auditTrail().verify()).isIntact()).isTrue();
    }

    @Test
    @DisplayName("The service clock is cut to the microsecond PostgreSQL keeps")
    void systemClockPrecision() {
        Clock clock = org.cpis.core.rules.ServiceCalendar.systemClock();
        assertThat(clock.instant().getNano() % 1000).isZero();
    }
}
