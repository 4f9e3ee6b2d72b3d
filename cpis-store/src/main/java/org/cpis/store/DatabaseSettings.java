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
 */
public record DatabaseSettings(Path dataDirectory, String jdbcUrl, String user, String password, int embeddedPort) {

    public DatabaseSettings {
        jdbcUrl = jdbcUrl == null || jdbcUrl.isBlank() ? null : jdbcUrl.strip();
        if (jdbcUrl == null && dataDirectory == null) {
            throw new IllegalArgumentException("the embedded database needs a data directory");
        }
        if (embeddedPort < 0 || embeddedPort > 65_535) {
            throw new IllegalArgumentException("embedded port must be 0 (any free port) or 1-65535, got " + embeddedPort);
        }
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
                + ", password=" + (password == null ? "none" : "***") + ", embeddedPort=" + embeddedPort + "]";
    }
}
