package org.cpis.store;

import java.nio.file.Path;

/**
 * Where the CP-IS database lives.
 *
 * @param dataDirectory the service's data folder; the embedded server keeps its files in its {@code postgres}
 *                      sub-folder (not used when {@code jdbcUrl} is given)
 * @param jdbcUrl       an external PostgreSQL, e.g. {@code jdbc:postgresql://db.example/cpis}; {@code null} or
 *                      blank starts the embedded server
 * @param user          the external server's user (not used by the embedded server)
 * @param password      the external server's password (not used by the embedded server)
 * @param embeddedPort  the embedded server's port; 0 picks a free one
 * @param poolSize      how many connections the pool keeps ({@value #DEFAULT_POOL_SIZE} unless set). Every held work
 *                      lock keeps one of them, so give at least the work locks held at once plus the threads that
 *                      use the database at once
 */
public record DatabaseSettings(Path dataDirectory, String jdbcUrl, String user, String password, int embeddedPort,
                               int poolSize) {

    /** The pool's size unless set: HikariCP's own default, enough for one node with a few work locks held. */
    public static final int DEFAULT_POOL_SIZE = 10;
    /** One connection for a work lock and one for the work it guards. */
    public static final int MINIMUM_POOL_SIZE = 2;
    /** PostgreSQL's default max_connections: a bigger pool is a typo, or needs the server configured for it. */
    public static final int MAXIMUM_POOL_SIZE = 100;

    public DatabaseSettings {
        jdbcUrl = jdbcUrl == null || jdbcUrl.isBlank() ? null : jdbcUrl.strip();
        if (jdbcUrl == null && dataDirectory == null) {
            throw new IllegalArgumentException("the embedded database needs a data directory");
        }
        if (embeddedPort < 0 || embeddedPort > 65_535) {
            throw new IllegalArgumentException("embedded port must be 0 (any free port) or 1-65535, got " + embeddedPort);
        }
        if (poolSize < MINIMUM_POOL_SIZE || poolSize > MAXIMUM_POOL_SIZE) {
            throw new IllegalArgumentException("the connection pool size must be " + MINIMUM_POOL_SIZE + " to "
                    + MAXIMUM_POOL_SIZE + ", got " + poolSize);
        }
    }

    /** Settings with the default pool size ({@value #DEFAULT_POOL_SIZE} connections). */
    public DatabaseSettings(Path dataDirectory, String jdbcUrl, String user, String password, int embeddedPort) {
        this(dataDirectory, jdbcUrl, user, password, embeddedPort, DEFAULT_POOL_SIZE);
    }

    /** The same settings with another pool size. */
    public DatabaseSettings withPoolSize(int size) {
        return new DatabaseSettings(dataDirectory, jdbcUrl, user, password, embeddedPort, size);
    }

    /**
     * How many work locks may be held at once: half the pool, so that at least as many connections are left for the
     * work itself and for everything else.
     */
    public int maxHeldWorkLocks() {
        return Math.max(1, poolSize / 2);
    }

    /** The embedded server in {@code dataDirectory/postgres} on a free port. */
    public static DatabaseSettings embedded(Path dataDirectory) {
        return new DatabaseSettings(dataDirectory, null, null, null, 0);
    }

    /** An external server; no data directory is needed. */
    public static DatabaseSettings external(String jdbcUrl, String user, String password) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("an external database needs a JDBC URL");
        }
        return new DatabaseSettings(null, jdbcUrl, user, password, 0);
    }

    public boolean isEmbedded() {
        return jdbcUrl == null;
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "DatabaseSettings[dataDirectory=" + dataDirectory + ", jdbcUrl=" + jdbcUrl + ", user=" + user
                + ", password=" + (password == null ? "none" : "***") + ", embeddedPort=" + embeddedPort
                + ", poolSize=" + poolSize + "]";
    }
}
