package org.cpis.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;

/** The HikariCP pool every CP-IS connection comes from. */
final class ConnectionPool {

    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(10);

    private ConnectionPool() {
    }

    /** A pool that has already made its first connection, or a clear error saying why it could not. */
    static HikariDataSource open(String jdbcUrl, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("cpis");
        config.setMaximumPoolSize(size);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.addDataSourceProperty("ApplicationName", "cpis");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseOpenException("cannot connect to " + JdbcUrls.withoutParameters(jdbcUrl) + " as user "
                    + (user == null ? "(none given)" : user) + ": " + DatabaseOpenException.reason(e), e);
        }
    }
}
