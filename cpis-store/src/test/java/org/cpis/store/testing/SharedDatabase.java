package org.cpis.store.testing;

import static org.cpis.store.jooq.Tables.AUDIT_HEAD;
import static org.cpis.store.jooq.Tables.DEMOGRAPHICS_STATUS;

import java.nio.file.Path;
import java.util.List;
import org.cpis.store.CpisDatabase;
import org.cpis.store.DatabaseSettings;
import org.cpis.store.jooq.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real, embedded PostgreSQL for a whole test run: started on first use, in a fresh folder under
 * {@code target/}, stopped and removed when the run ends. Test classes get it by declaring a
 * {@link CpisDatabase} constructor or method parameter under {@code @ExtendWith(SharedDatabase.class)}, and
 * start each test from empty tables with {@link #emptyTables}.
 */
public final class SharedDatabase implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedDatabase.class);
    private static final String ZEROS = "0".repeat(64);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CpisDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class)
                .database;
    }

    /**
     * Empties every CP-IS table, resets the audit chain to its start and switches demographics on, so that a
     * test sees only what it wrote itself.
     */
    public static void emptyTables(CpisDatabase database) {
        DSLContext dsl = database.dsl();
        List<Table<?>> tables = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(t -> !t.equals(AUDIT_HEAD) && !t.equals(DEMOGRAPHICS_STATUS))
                .toList();
        dsl.transaction(tx -> {
            tx.dsl().truncate(tables).restartIdentity().cascade().execute();
            tx.dsl().update(AUDIT_HEAD).set(AUDIT_HEAD.LAST_SEQUENCE, 0L).set(AUDIT_HEAD.LAST_HASH, ZEROS).execute();
            tx.dsl().update(DEMOGRAPHICS_STATUS).set(DEMOGRAPHICS_STATUS.AVAILABLE, true).execute();
        });
    }

    /** The running database and its folder, both gone when JUnit closes the root store. */
    private static final class Running implements AutoCloseable {
        private final Path folder;
        private final CpisDatabase database;

        private Running(Path folder, CpisDatabase database) {
            this.folder = folder;
            this.database = database;
        }

        static Running start() {
            Path folder = TemporaryFolders.create("shared-postgres-");
            return new Running(folder, CpisDatabase.open(DatabaseSettings.embedded(folder)));
        }

        @Override
        public void close() {
            try {
                database.close();
            } finally {
                TemporaryFolders.delete(folder);
            }
        }
    }
}
