package org.cpis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.store.testing.Fixtures.CHILD;
import static org.cpis.store.testing.Fixtures.EXAMPLESHIRE;
import static org.cpis.store.testing.Fixtures.childEntry;
import static org.cpis.store.testing.Fixtures.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.cpis.core.model.ChildRecord;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.PlanType;
import org.cpis.store.testing.SharedDatabase;
import org.cpis.store.testing.TemporaryFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class CpisDatabaseIT {

    private final CpisDatabase shared;

    CpisDatabaseIT(CpisDatabase shared) {
        this.shared = shared;
    }

    @Test
    void theEmbeddedDatabaseIsDurableKeepsItsDataAcrossARestartAndStopsOnClose() throws Exception {
        Path folder = TemporaryFolders.create("restart-");
        try {
            LocalAuthorityEntry entry = childEntry(CHILD, EXAMPLESHIRE, "41", plan(PlanType.CPP, "2024-01-10T09:15", null, null));
            int port;
            try (CpisDatabase first = CpisDatabase.open(DatabaseSettings.embedded(folder))) {
                port = portOf(first);
                assertThat(first.description()).isEqualTo("embedded PostgreSQL 16.9 at "
                        + folder.resolve("postgres").toAbsolutePath().normalize() + " on port " + port);
                assertThat(first.dsl().fetchValue("show fsync")).isEqualTo("on");
                assertThat(first.dsl().fetchValue("show synchronous_commit")).isEqualTo("on");
                first.transactions().inTransaction(s -> s.records().replace(entry));
            }
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                    "postgres", null).close()).isInstanceOf(SQLException.class);

            try (CpisDatabase again = CpisDatabase.open(DatabaseSettings.embedded(folder))) {
                ChildRecord record = again.transactions().inTransaction(s -> s.records().find(CHILD));
                assertThat(record.entries()).containsExactly(entry);
            }
        } finally {
            TemporaryFolders.delete(folder);
        }
    }

    @Test
    void anExternalServerIsReachedByJdbcUrlAndItsSchemaIsLeftUpToDate() {
        String url = "jdbc:postgresql://localhost:" + portOf(shared) + "/postgres?ApplicationName=external-test";

        try (CpisDatabase external = CpisDatabase.open(DatabaseSettings.external(url, "postgres", null))) {
            assertThat(external.description()).isEqualTo("PostgreSQL 16.9 at jdbc:postgresql://localhost:"
                    + portOf(shared) + "/postgres");
            assertThat(external.demographics().isAvailable()).isTrue();
        }
        assertThat(shared.dsl().fetchValue("select count(*) from flyway_schema_history where success"))
                .as("each migration applied once").isEqualTo(migrationFiles());
    }

    private static long migrationFiles() {
        try (java.util.stream.Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anUnreachableServerIsAClearErrorThatNeverShowsThePassword() {
        DatabaseSettings settings = DatabaseSettings.external("jdbc:postgresql://localhost:1/cpis?password=hunter2",
                "cpis", "s3cret");

        assertThatThrownBy(() -> CpisDatabase.open(settings))
                .isInstanceOf(DatabaseOpenException.class)
                .hasMessageStartingWith("cannot connect to jdbc:postgresql://localhost:1/cpis as user cpis: ")
                .hasMessageContaining("refused")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("s3cret"));
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void anEmbeddedServerThatCannotStartIsAClearError() throws Exception {
        Path folder = TemporaryFolders.create("unusable-");
        try {
            Files.writeString(folder.resolve("postgres"), "a file where the data folder should be");

            assertThatThrownBy(() -> CpisDatabase.open(DatabaseSettings.embedded(folder)))
                    .isInstanceOf(DatabaseOpenException.class)
                    .hasMessageStartingWith("embedded PostgreSQL did not start in " + folder.resolve("postgres").toAbsolutePath());
        } finally {
            TemporaryFolders.delete(folder);
        }
    }

    private static int portOf(CpisDatabase database) {
        return Integer.parseInt(database.dsl().fetchValue("show port").toString());
    }
}
