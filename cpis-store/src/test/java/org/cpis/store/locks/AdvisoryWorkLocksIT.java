package org.cpis.store.locks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;
import org.cpis.core.exchange.WorkLocks.WorkLock;
import org.cpis.store.CpisDatabase;
import org.cpis.store.DatabaseSettings;
import org.cpis.store.testing.SharedDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Work locks on the real database. A second service node is a second {@link CpisDatabase} opened on the same server
 * as an external database, with its own pool.
 */
@ExtendWith(SharedDatabase.class)
class AdvisoryWorkLocksIT {

    private static final String DAILY = "access-notifications:2025-03-01";

    private final CpisDatabase database;
    private final AdvisoryWorkLocks locks;

    AdvisoryWorkLocksIT(CpisDatabase database) {
        this.database = database;
        this.locks = database.workLocks();
    }

    @Test
    void theKeyIsTheFirstEightBytesOfSha256OfTheName() {
        // printf 'cpis-work-lock:access-notifications:2025-03-01' | sha256sum  ->  eb7acbd93051f65f...
        assertThat(AdvisoryWorkLocks.key(DAILY)).isEqualTo(0xeb7acbd93051f65fL);
        assertThat(AdvisoryWorkLocks.key("access-notifications:2025-03-02")).isNotEqualTo(AdvisoryWorkLocks.key(DAILY));
        assertThatThrownBy(() -> locks.tryLock(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has a name");
    }

    @Test
    @DisplayName("A work lock is held by one node at a time and let go when closed")
    void aLockIsExclusiveAcrossNodesAndLetGoOnClose() {
        try (CpisDatabase otherNode = secondNode(4)) {
            AdvisoryWorkLocks other = otherNode.workLocks();

            Optional<WorkLock> mine = locks.tryLock(DAILY);
            assertThat(mine).isPresent();
            assertThat(advisoryLockHolders(DAILY)).isEqualTo(1);
            assertThat(other.tryLock(DAILY)).as("the other node").isEmpty();
            assertThat(locks.tryLock(DAILY)).as("this node again, on another connection").isEmpty();
            try (WorkLock unrelated = other.tryLock("access-notifications:2025-03-02").orElseThrow()) {
                assertThat(unrelated).as("other names are not blocked").isNotNull();
            }

            mine.get().close();
            mine.get().close();

            assertThat(advisoryLockHolders(DAILY)).isZero();
            assertThat(locks.heldCount()).isZero();
            try (WorkLock theirs = other.tryLock(DAILY).orElseThrow()) {
                assertThat(locks.tryLock(DAILY)).isEmpty();
                assertThat(other.heldCount()).isEqualTo(1);
            }
            assertThat(other.heldCount()).isZero();
            assertThat(activeConnections(otherNode)).as("every connection given back").isZero();
        }
    }

    @Test
    @DisplayName("A lock whose holder's connection is ended goes with it; the holder's close is then harmless")
    void aLockGoesWhenItsHoldersConnectionIsEnded() {
        try (CpisDatabase otherNode = secondNode(4)) {
            WorkLock theirs = otherNode.workLocks().tryLock(DAILY).orElseThrow();
            assertThat(locks.tryLock(DAILY)).isEmpty();

            boolean ended = database.dsl().fetchSingle(
                    "select pg_terminate_backend(pid, 60000) from pg_locks where " + isTheLock(DAILY)).get(0, Boolean.class);

            assertThat(ended).isTrue();
            try (WorkLock mine = locks.tryLock(DAILY).orElseThrow()) {
                assertThat(advisoryLockHolders(DAILY)).isEqualTo(1);
            }
            theirs.close();
            assertThat(otherNode.workLocks().heldCount()).isZero();
            assertThat(otherNode.dsl().fetchValue("select 1")).as("the other node's pool still works").isEqualTo(1);
            try (WorkLock again = otherNode.workLocks().tryLock(DAILY).orElseThrow()) {
                assertThat(again).isNotNull();
            }
        }
    }

    @Test
    @DisplayName("A holder that dies without a word (its socket just closes) does not keep the lock")
    void aLockGoesWhenItsHolderDies() throws Exception {
        long pid;
        try (Connection holder = DriverManager.getConnection(jdbcUrl(), "postgres", null)) {
            pid = backendPid(holder);
            try (PreparedStatement lock = holder.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, AdvisoryWorkLocks.key(DAILY));
                try (ResultSet taken = lock.executeQuery()) {
                    taken.next();
                    assertThat(taken.getBoolean(1)).isTrue();
                }
            }
            assertThat(locks.tryLock(DAILY)).as("held by the soon dead").isEmpty();

            holder.abort(Runnable::run);
        }
        awaitSessionGone(pid);

        try (WorkLock mine = locks.tryLock(DAILY).orElseThrow()) {
            assertThat(advisoryLockHolders(DAILY)).isEqualTo(1);
        }
    }

    @Test
    void eachHeldLockKeepsAConnectionSoOnlyHalfThePoolMayBeHeld() {
        try (CpisDatabase small = secondNode(3)) {
            assertThat(small.poolSize()).isEqualTo(3);
            AdvisoryWorkLocks smallLocks = small.workLocks();
            WorkLock first = smallLocks.tryLock("a").orElseThrow();
            assertThat(activeConnections(small)).isEqualTo(1);

            assertThatThrownBy(() -> smallLocks.tryLock("b")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("1 work locks are held already")
                    .hasMessageContaining("grow the database connection pool");

            first.close();
            assertThat(activeConnections(small)).isZero();
            try (WorkLock second = smallLocks.tryLock("b").orElseThrow()) {
                assertThat(smallLocks.heldCount()).isEqualTo(1);
            }
        }
        assertThat(database.poolSize()).isEqualTo(DatabaseSettings.DEFAULT_POOL_SIZE);
    }

    private CpisDatabase secondNode(int poolSize) {
        return CpisDatabase.open(DatabaseSettings.external(jdbcUrl(), "postgres", null).withPoolSize(poolSize));
    }

    private String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + database.dsl().fetchValue("show port") + "/postgres";
    }

    private static int activeConnections(CpisDatabase node) {
        return ((HikariDataSource) node.dataSource()).getHikariPoolMXBean().getActiveConnections();
    }

    /** How many sessions hold the advisory lock of this name (pg_locks splits the key in two 32-bit halves). */
    private int advisoryLockHolders(String name) {
        return database.dsl().fetchSingle("select count(*) from pg_locks where granted and " + isTheLock(name))
                .get(0, Integer.class);
    }

    private static String isTheLock(String name) {
        long key = AdvisoryWorkLocks.key(name);
        return "locktype = 'advisory' and objsubid = 1 and classid::bigint = " + (key >>> 32)
                + " and objid::bigint = " + (key & 0xFFFF_FFFFL);
    }

    private static long backendPid(Connection connection) throws Exception {
        try (PreparedStatement s = connection.prepareStatement("select pg_backend_pid()");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Returns once the server has ended the session (it notices the closed socket by itself). Polls
     * pg_stat_activity; the deadline only stops a broken test from hanging.
     */
    private void awaitSessionGone(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (database.dsl().fetchSingle("select count(*) from pg_stat_activity where pid = " + pid)
                .get(0, Integer.class) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the server never noticed that session " + pid + " was gone");
            }
            Thread.sleep(20);
        }
    }
}
