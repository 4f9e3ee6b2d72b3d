package org.cpis.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.store.jooq.Tables.AUDIT_EVENT;
import static org.cpis.store.testing.Fixtures.CHILD;
import static org.cpis.store.testing.Fixtures.MOTHER;
import static org.cpis.store.testing.Fixtures.SISTER;
import static org.cpis.store.testing.Fixtures.T0;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEntry;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.audit.AuditQuery;
import org.cpis.core.audit.AuditSubject;
import org.cpis.core.audit.AuditVerification;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.port.StoreSession;
import org.cpis.store.CpisDatabase;
import org.cpis.store.testing.SharedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class AuditTrailTableIT {

    private static final OdsCode LA = OdsCode.of("X09");
    private static final OdsCode HOSPITAL = OdsCode.of("RXX01");
    private static final OdsCode SURGERY = OdsCode.of("B82001");

    private final CpisDatabase database;

    AuditTrailTableIT(CpisDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void emptyTables() {
        SharedDatabase.emptyTables(database);
    }

    @Test
    @DisplayName("CP-IS081: entries are found by subject, actor, organisation, action and half-open time range, oldest first")
    void findFiltersAndKeepsTheOrderOfAppending() {
        AuditEvent stored = new AuditEvent(T0, AuditAction.RECORD_STORED, "la:X09", LA, CHILD, "nhs=9990000018;la=X09");
        AuditEvent accessed = new AuditEvent(T0.plusSeconds(60), AuditAction.RECORD_ACCESSED, "sds:555000111222",
                HOSPITAL, CHILD, "query 1");
        AuditEvent accessedSister = new AuditEvent(T0.plusSeconds(120), AuditAction.RECORD_ACCESSED, "sds:555000111222",
                HOSPITAL, SISTER, "query 2");
        AuditEvent processed = new AuditEvent(T0.plusSeconds(180), AuditAction.UPLOAD_PROCESSED, "la:X09", LA, null,
                "file 41 CPF02");
        AuditEvent anonymous = new AuditEvent(T0.plusSeconds(240), AuditAction.QUERY_NOT_FOUND, "asid:200000000456", null,
                null, null);
        inTransaction(s -> {
            s.auditTrail().append(stored);
            s.auditTrail().appendAll(List.of(accessed, accessedSister, processed));
            s.auditTrail().append(anonymous);
            return null;
        });

        assertThat(find(new AuditQuery(CHILD, null, null, null, null, null, 10)))
                .containsExactly(new AuditEntry(1, stored, false), new AuditEntry(2, accessed, false));
        assertThat(find(new AuditQuery(null, "la:X09", null, Set.of(), null, null, 10)))
                .extracting(e -> e.event()).containsExactly(stored, processed);
        assertThat(find(new AuditQuery(null, null, HOSPITAL, null, null, null, 10)))
                .extracting(AuditEntry::sequence).containsExactly(2L, 3L);
        assertThat(find(new AuditQuery(null, null, null, Set.of(AuditAction.RECORD_ACCESSED, AuditAction.QUERY_NOT_FOUND),
                null, null, 10))).extracting(AuditEntry::sequence).containsExactly(2L, 3L, 5L);
        assertThat(find(new AuditQuery(null, null, null, null, T0.plusSeconds(60), T0.plusSeconds(180), 10)))
                .extracting(AuditEntry::sequence).containsExactly(2L, 3L);
        assertThat(find(new AuditQuery(null, null, null, null, null, null, 2)))
                .extracting(AuditEntry::sequence).containsExactly(1L, 2L);
        assertThat(find(new AuditQuery(null, null, null, null, null, null, 10)).get(4).event()).isEqualTo(anonymous);
    }

    @Test
    @DisplayName("CP-IS077: counts of an action, and the organisations behind it, over a half-open time range")
    void countAndOrganisationsAreHalfOpen() {
        Instant from = T0;
        Instant to = T0.plusSeconds(3600);
        inTransaction(s -> {
            s.auditTrail().appendAll(List.of(
                    accessedBy(HOSPITAL, from.minusSeconds(1)),
                    accessedBy(HOSPITAL, from),
                    accessedBy(SURGERY, to.minusSeconds(1)),
                    accessedBy(null, to.minusSeconds(1)),
                    accessedBy(LA, to),
                    new AuditEvent(from, AuditAction.RECORD_STORED, "la:X09", LA, CHILD, "")));
            return null;
        });

        long count = inTransaction(s -> s.auditTrail().count(AuditAction.RECORD_ACCESSED, from, to));
        Set<OdsCode> organisations = inTransaction(s -> s.auditTrail().organisations(AuditAction.RECORD_ACCESSED, from, to));

        assertThat(count).isEqualTo(3);
        assertThat(organisations).containsExactlyInAnyOrder(HOSPITAL, SURGERY);
    }

    @Test
    @DisplayName("CP-IS074: the chain verifies after many appends, one by one and in batches")
    void chainIsIntactAfterManyAppends() {
        for (int batch = 0; batch < 20; batch++) {
            int first = batch * 10;
            inTransaction(s -> {
                s.auditTrail().append(numbered(first));
                s.auditTrail().appendAll(IntStream.range(first + 1, first + 10).mapToObj(this::numbered).toList());
                s.auditTrail().appendAll(List.of());
                return null;
            });
        }

        AuditVerification verification = verify();

        assertThat(verification.isIntact()).as(verification.problem()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(200);
    }

    @Test
    @DisplayName("CP-IS074: concurrent appenders take turns and never fork the chain")
    void concurrentAppendersNeverForkTheChain() throws Exception {
        int appenders = 8;
        int transactionsEach = 15;
        ExecutorService threads = Executors.newFixedThreadPool(appenders);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int a = 0; a < appenders; a++) {
                int appender = a;
                done.add(threads.submit(() -> {
                    go.await();
                    for (int t = 0; t < transactionsEach; t++) {
                        int first = (appender * transactionsEach + t) * 3;
                        inTransaction(s -> {
                            s.auditTrail().append(numbered(first));
                            s.auditTrail().appendAll(List.of(numbered(first + 1), numbered(first + 2)));
                            return null;
                        });
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }

        AuditVerification verification = verify();
        List<AuditEntry> all = find(new AuditQuery(null, null, null, null, null, null, 1_000));

        assertThat(verification.isIntact()).as(verification.problem()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(appenders * transactionsEach * 3L);
        assertThat(all).extracting(AuditEntry::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, appenders * transactionsEach * 3L).boxed().toList());
    }

    @Test
    @DisplayName("CP-IS074: a detail edited by direct SQL is found at its row")
    void editedDetailIsReportedAtItsRow() {
        appendNumbered(30);

        database.dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.DETAIL, "nothing to see").where(AUDIT_EVENT.SEQUENCE.eq(17L))
                .execute();

        AuditVerification verification = verify();
        assertThat(verification.isIntact()).isFalse();
        assertThat(verification.firstBrokenAt()).isEqualTo(17);
        assertThat(verification.problem()).contains("row 17").contains("detail was changed");
    }

    @Test
    @DisplayName("CP-IS074: an actor edited by direct SQL is found at its row")
    void editedActorIsReportedAtItsRow() {
        appendNumbered(10);

        database.dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "sds:someone-else").where(AUDIT_EVENT.SEQUENCE.eq(4L))
                .execute();

        AuditVerification verification = verify();
        assertThat(verification.firstBrokenAt()).isEqualTo(4);
        assertThat(verification.problem()).contains("actor");
    }

    @Test
    @DisplayName("CP-IS074: a row deleted by direct SQL is reported as missing")
    void deletedRowIsReported() {
        appendNumbered(30);

        database.dsl().deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQUENCE.eq(12L)).execute();

        AuditVerification verification = verify();
        assertThat(verification.firstBrokenAt()).isEqualTo(12);
        assertThat(verification.problem()).contains("row 12 is missing");
    }

    @Test
    @DisplayName("CP-IS074: deleting the newest rows is found against the chain head")
    void deletedNewestRowsAreReported() {
        appendNumbered(30);

        database.dsl().deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQUENCE.ge(29L)).execute();

        AuditVerification verification = verify();
        assertThat(verification.firstBrokenAt()).isEqualTo(29);
        assertThat(verification.problem()).contains("ends at row 28");
    }

    @Test
    @DisplayName("CP-IS074: an edited row hash is found at its row")
    void editedRowHashIsReported() {
        appendNumbered(10);

        database.dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.ROW_HASH, "f".repeat(64)).where(AUDIT_EVENT.SEQUENCE.eq(6L))
                .execute();

        AuditVerification verification = verify();
        assertThat(verification.firstBrokenAt()).isEqualTo(6);
        assertThat(verification.problem()).contains("row hash");
    }

    @Test
    @DisplayName("CP-IS074: marking a row redacted by hand while keeping its detail is found")
    void redactedFlagWithoutRedactionIsReported() {
        appendNumbered(5);

        database.dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.REDACTED, true).where(AUDIT_EVENT.SEQUENCE.eq(2L)).execute();

        assertThat(verify().firstBrokenAt()).isEqualTo(2);
    }

    @Test
    @DisplayName("CP-IS076: redacting a subject empties its rows' detail, keeps the chain verifiable and leaves other subjects alone")
    void redactionKeepsTheChainIntact() {
        inTransaction(s -> {
            s.auditTrail().registerSubject(CHILD, LocalDate.of(1999, 1, 1));
            s.auditTrail().appendAll(List.of(
                    new AuditEvent(T0, AuditAction.RECORD_STORED, "la:X09", LA, CHILD, "snapshot of the child"),
                    new AuditEvent(T0.plusSeconds(1), AuditAction.RECORD_STORED, "la:X09", LA, SISTER, "snapshot of the sister"),
                    new AuditEvent(T0.plusSeconds(2), AuditAction.RECORD_ACCESSED, "sds:1", HOSPITAL, CHILD, "query 1")));
            return null;
        });

        int redacted = inTransaction(s -> s.auditTrail().redact(CHILD));
        int redactedAgain = inTransaction(s -> s.auditTrail().redact(CHILD));

        assertThat(redacted).isEqualTo(2);
        assertThat(redactedAgain).isZero();
        assertThat(verify().isIntact()).isTrue();
        assertThat(find(AuditQuery.forSubject(CHILD))).allSatisfy(e -> {
            assertThat(e.redacted()).isTrue();
            assertThat(e.event().detail()).isEmpty();
        }).hasSize(2);
        assertThat(find(AuditQuery.forSubject(SISTER))).singleElement()
                .satisfies(e -> assertThat(e.event().detail()).isEqualTo("snapshot of the sister"));
        List<AuditSubject> subjects = inTransaction(s -> s.auditTrail().subjects());
        assertThat(subjects).containsExactly(new AuditSubject(SISTER, null));
    }

    @Test
    @DisplayName("CP-IS076: subjects are those with unredacted rows, with the latest registered date of birth")
    void subjectsCarryTheirRegisteredBirthDate() {
        inTransaction(s -> {
            s.auditTrail().registerSubject(CHILD, LocalDate.of(2010, 5, 5));
            s.auditTrail().registerSubject(CHILD, LocalDate.of(2010, 5, 6));
            s.auditTrail().registerSubject(MOTHER, LocalDate.of(1990, 1, 1));
            s.auditTrail().appendAll(List.of(
                    new AuditEvent(T0, AuditAction.RECORD_STORED, "la:X09", LA, CHILD, "a"),
                    new AuditEvent(T0, AuditAction.RECORD_REFUSED, "la:X09", LA, SISTER, "b"),
                    new AuditEvent(T0, AuditAction.UPLOAD_PROCESSED, "la:X09", LA, null, "c")));
            return null;
        });

        List<AuditSubject> subjects = inTransaction(s -> s.auditTrail().subjects());

        assertThat(subjects).containsExactly(new AuditSubject(CHILD, LocalDate.of(2010, 5, 6)), new AuditSubject(SISTER, null));
    }

    @Test
    void timesFinerThanAMicrosecondAreStoredToTheMicrosecondAndStillVerify() {
        Instant precise = Instant.parse("2025-03-01T09:30:00.123456789Z");
        inTransaction(s -> {
            s.auditTrail().append(new AuditEvent(precise, AuditAction.RECORD_ACCESSED, "sds:1", HOSPITAL, CHILD, "q"));
            return null;
        });

        assertThat(verify().isIntact()).isTrue();
        assertThat(find(AuditQuery.forSubject(CHILD)).get(0).event().at())
                .isEqualTo(Instant.parse("2025-03-01T09:30:00.123456Z"));
    }

    private AuditEvent numbered(int n) {
        NhsNumber subject = n % 3 == 0 ? CHILD : SISTER;
        return new AuditEvent(T0.plusSeconds(n), AuditAction.RECORD_ACCESSED, "sds:" + (n % 5), HOSPITAL, subject,
                "query " + n);
    }

    private static AuditEvent accessedBy(OdsCode organisation, Instant at) {
        return new AuditEvent(at, AuditAction.RECORD_ACCESSED, "sds:1", organisation, CHILD, "");
    }

    private void appendNumbered(int count) {
        inTransaction(s -> {
            s.auditTrail().appendAll(IntStream.range(0, count).mapToObj(this::numbered).toList());
            return null;
        });
    }

    private AuditVerification verify() {
        return inTransaction(s -> s.auditTrail().verify());
    }

    private List<AuditEntry> find(AuditQuery query) {
        return inTransaction(s -> s.auditTrail().find(query));
    }

    private <T> T inTransaction(Function<StoreSession, T> work) {
        return database.transactions().inTransaction(work);
    }
}
