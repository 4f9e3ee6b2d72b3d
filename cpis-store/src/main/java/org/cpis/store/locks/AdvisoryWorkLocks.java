package org.cpis.store.locks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.cpis.core.exchange.WorkLocks;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work locks shared by every node using the same database, as PostgreSQL session-level advisory locks. Taking a lock
 * borrows a connection from the pool and runs {@code pg_try_advisory_lock(key)} on it; the connection stays with the
 * lock until it is closed, which runs {@code pg_advisory_unlock(key)} on the same connection and gives it back. If
 * the holder dies (its process is killed, its connection is cut or ended), PostgreSQL ends the session and the lock
 * goes with it, so a crash never leaves work locked.
 *
 * <p>The key is a 64-bit number computed here, not by the database: the first 8 bytes (big-endian) of
 * SHA-256({@code "cpis-work-lock:" + name}) in UTF-8 ({@link #key}). It never changes between versions of
 * PostgreSQL or of CP-IS (unlike {@code hashtext}, which is internal to PostgreSQL), so nodes of different versions
 * agree on it; two different names sharing a key is a 1 in 2^64 chance.
 *
 * <p>Each held lock keeps one pool connection. To keep locks from starving everything else, at most
 * {@code maxHeld} locks are held at once through one instance; asking for more is an {@link IllegalStateException}
 * saying to grow the pool, never a silent wait.
 */
public final class AdvisoryWorkLocks implements WorkLocks {

    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryWorkLocks.class);
    private static final String KEY_PREFIX = "cpis-work-lock:";

    private final DataSource pool;
    private final int maxHeld;
    private final AtomicInteger held = new AtomicInteger();

    /**
     * @param pool    where the connections come from
     * @param maxHeld how many locks may be held at once through this instance (each keeps a connection)
     */
    public AdvisoryWorkLocks(DataSource pool, int maxHeld) {
        this.pool = Objects.requireNonNull(pool, "pool");
        if (maxHeld < 1) {
            throw new IllegalArgumentException("at least one work lock must be allowed, got " + maxHeld);
        }
        this.maxHeld = maxHeld;
    }

    /** The advisory lock key of a lock name: the first 8 bytes of SHA-256("cpis-work-lock:" + name), big-endian. */
    public static long key(String name) {
        requireName(name);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((KEY_PREFIX + name).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** How many locks this instance holds now. */
    public int heldCount() {
        return held.get();
    }

    /**
     * Takes the lock if no session of the database holds it. Empty when another holder has it (in this process or
     * another); a database that cannot be reached is a {@link DataAccessException}, not an empty answer.
     */
    @Override
    public Optional<WorkLock> tryLock(String name) {
        long key = key(name);
        if (held.incrementAndGet() > maxHeld) {
            held.decrementAndGet();
            throw new IllegalStateException("cannot take work lock '" + name + "': " + maxHeld
                    + " work locks are held already and each keeps a database connection; grow the database connection pool"
                    + " (DatabaseSettings.poolSize) to hold more");
        }
        Connection connection;
        try {
            connection = pool.getConnection();
        } catch (SQLException e) {
            held.decrementAndGet();
            throw new DataAccessException("cannot take work lock '" + name + "': no database connection: "
                    + e.getMessage(), e);
        }
        boolean taken;
        try {
            taken = Boolean.TRUE.equals(DSL.using(connection, SQLDialect.POSTGRES)
                    .fetchValue(DSL.field("pg_try_advisory_lock({0})", Boolean.class, DSL.val(key))));
        } catch (RuntimeException e) {
            held.decrementAndGet();
            drop(connection, e);
            throw e;
        }
        if (taken) {
            return Optional.of(new HeldLock(name, key, connection));
        }
        held.decrementAndGet();
        giveBack(connection);
        return Optional.empty();
    }

    /** Returns a connection that holds no lock to the pool. */
    private static void giveBack(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            drop(connection, e);
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a work lock has a name");
        }
    }

    /**
     * Ends a connection that may still hold a lock: aborting it makes the pool throw it away instead of lending it
     * out again, and ending the session lets every lock of it go.
     */
    private static void drop(Connection connection, Exception cause) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** A lock held on its own connection. */
    private final class HeldLock implements WorkLock {
        private final String name;
        private final long key;
        private final Connection connection;
        private final AtomicBoolean closed = new AtomicBoolean();

        HeldLock(String name, long key, Connection connection) {
            this.name = name;
            this.key = key;
            this.connection = connection;
        }

        /**
         * Unlocks and gives the connection back. If unlocking fails (the connection is already gone, so the lock is
         * too) or says the lock was not held, the connection is dropped rather than returned, so that no pooled
         * connection can keep a lock. Never throws; closing twice does nothing.
         */
        @Override
        public void close() {
            if (closed.getAndSet(true)) {
                return;
            }
            try {
                Boolean unlocked = DSL.using(connection, SQLDialect.POSTGRES)
                        .fetchValue(DSL.field("pg_advisory_unlock({0})", Boolean.class, DSL.val(key)));
                if (Boolean.TRUE.equals(unlocked)) {
                    connection.close();
                } else {
                    LOG.warn("work lock '{}' was no longer held by its connection when let go; the connection is"
                            + " dropped", name);
                    drop(connection, new IllegalStateException("work lock not held"));
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warn("work lock '{}' could not be unlocked ({}); its connection is dropped, which lets the lock go",
                        name, e.getMessage());
                drop(connection, e);
            } finally {
                held.decrementAndGet();
            }
        }
    }
}
