package org.cpis.store.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.store.testing.Fixtures.CHILD;
import static org.cpis.store.testing.Fixtures.MIDWIFE;
import static org.cpis.store.testing.Fixtures.NURSE;
import static org.cpis.store.testing.Fixtures.SISTER;
import static org.cpis.store.testing.Fixtures.T0;
import static org.cpis.store.testing.Fixtures.TRIAGE_SYSTEM;
import static org.cpis.store.testing.Fixtures.UNATTENDED_SYSTEM;
import static org.cpis.store.testing.Fixtures.UNKNOWN;
import static org.cpis.store.testing.Fixtures.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.port.StoreSession;
import org.cpis.store.CpisDatabase;
import org.cpis.store.testing.SharedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class AccessLogTableIT {

    private final CpisDatabase database;

    AccessLogTableIT(CpisDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void emptyTables() {
        SharedDatabase.emptyTables(database);
    }

    @Test
    @DisplayName("CP-IS036: every kind of author is kept in full and the history reads back oldest first")
    void historyKeepsEveryAuthorKindOldestFirst() {
        AccessEvent second = access(2, CHILD, T0.plusSeconds(60), TRIAGE_SYSTEM);
        AccessEvent first = access(1, CHILD, T0, NURSE);
        AccessEvent fourth = access(4, CHILD, T0.plusSeconds(180), UNATTENDED_SYSTEM);
        AccessEvent third = access(3, CHILD, T0.plusSeconds(120), MIDWIFE);
        record(second, first, fourth, third, access(5, SISTER, T0, NURSE));

        List<AccessEvent> history = inTransaction(s -> s.accessLog().history(CHILD));

        assertThat(history).containsExactly(first, second, third, fourth);
    }

    @Test
    @DisplayName("CP-IS047: every access is kept, also two by the same worker in the same minute")
    void repeatedAccessesByTheSameWorkerAreAllKept() {
        AccessEvent once = access(1, CHILD, T0, NURSE);
        AccessEvent again = access(2, CHILD, T0, NURSE);
        record(once, again);

        List<AccessEvent> history = inTransaction(s -> s.accessLog().history(CHILD));

        assertThat(history).containsExactly(once, again);
    }

    @Test
    void historiesReadSeveralNumbersAtOnceWithAnEmptyHistoryForNumbersNeverAccessed() {
        AccessEvent child1 = access(1, CHILD, T0, NURSE);
        AccessEvent child2 = access(2, CHILD, T0.plusSeconds(5), MIDWIFE);
        AccessEvent sister = access(3, SISTER, T0, TRIAGE_SYSTEM);
        record(child2, sister, child1);

        Map<NhsNumber, List<AccessEvent>> histories =
                inTransaction(s -> s.accessLog().histories(List.of(CHILD, SISTER, UNKNOWN)));

        assertThat(histories).containsOnlyKeys(CHILD, SISTER, UNKNOWN);
        assertThat(histories.get(CHILD)).containsExactly(child1, child2);
        assertThat(histories.get(SISTER)).containsExactly(sister);
        assertThat(histories.get(UNKNOWN)).isEmpty();
    }

    @Test
    void accessedBetweenAndCountBetweenAreHalfOpen() {
        Instant from = T0;
        Instant to = T0.plus(Duration.ofDays(1));
        record(access(1, CHILD, from.minusNanos(1000), NURSE),
                access(2, CHILD, from, NURSE),
                access(3, SISTER, to.minusNanos(1000), NURSE),
                access(4, SISTER, to.minusNanos(1000), MIDWIFE),
                access(5, UNKNOWN, to, NURSE));

        Set<NhsNumber> accessed = inTransaction(s -> s.accessLog().accessedBetween(from, to));
        long count = inTransaction(s -> s.accessLog().countBetween(from, to));

        assertThat(accessed).containsExactlyInAnyOrder(CHILD, SISTER);
        assertThat(count).isEqualTo(3);
    }

    @Test
    @DisplayName("CP-IS039: when a child's record is gone, all of its access events go, and only its")
    void removeAllRemovesOneChildsEventsOnly() {
        record(access(1, CHILD, T0, NURSE), access(2, CHILD, T0.plusSeconds(1), MIDWIFE), access(3, SISTER, T0, NURSE));

        int removed = inTransaction(s -> s.accessLog().removeAll(CHILD));

        assertThat(removed).isEqualTo(2);
        List<AccessEvent> childHistory = inTransaction(s -> s.accessLog().history(CHILD));
        List<AccessEvent> sisterHistory = inTransaction(s -> s.accessLog().history(SISTER));
        assertThat(childHistory).isEmpty();
        assertThat(sisterHistory).hasSize(1);
    }

    @Test
    @DisplayName("CP-IS047: 50 accesses to one child at the same moment, each in its own transaction, are 50 rows")
    void fiftyConcurrentAccessesAreAllRecorded() throws Exception {
        int accesses = 50;
        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<UUID> queryIds = new ArrayList<>();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < accesses; i++) {
                AccessEvent event = access(i, CHILD, T0, i % 2 == 0 ? NURSE : MIDWIFE);
                queryIds.add(event.queryId());
                done.add(threads.submit(() -> {
                    go.await();
                    return inTransaction(s -> {
                        s.accessLog().record(event);
                        return event;
                    });
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }

        List<AccessEvent> history = inTransaction(s -> s.accessLog().history(CHILD));

        assertThat(history).hasSize(accesses);
        assertThat(history).extracting(AccessEvent::queryId).containsExactlyInAnyOrderElementsOf(queryIds);
    }

    private void record(AccessEvent... events) {
        inTransaction(s -> {
            for (AccessEvent e : events) {
                s.accessLog().record(e);
            }
            return null;
        });
    }

    private <T> T inTransaction(Function<StoreSession, T> work) {
        return database.transactions().inTransaction(work);
    }
}
