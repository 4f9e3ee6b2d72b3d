package org.cpis.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings the schema up to date with the Flyway migrations in {@code db/migration}. */
final class SchemaMigration {

    static final String LOCATION = "classpath:db/migration";

    private SchemaMigration() {
    }

    static void migrate(DataSource dataSource, String where) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DatabaseOpenException("cannot bring the CP-IS schema up to date in " + where + ": "
                    + e.getMessage(), e);
        }
    }
}
