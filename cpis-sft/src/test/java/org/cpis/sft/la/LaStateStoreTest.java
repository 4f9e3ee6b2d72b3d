package org.cpis.sft.la;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.core.testing.Fixtures.NHS_A;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cpis.sft.la.state.AtomicFiles;
import org.cpis.sft.la.state.LaState;
import org.cpis.sft.la.state.LaStateStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state folder: plain JSON, saved atomically, one command at a time. */
class LaStateStoreTest {

    @TempDir
    Path temp;

    private final ExportRow amy = ExportRow.child("1001", NHS_A, "Amy", "Adams", "2015-05-20").cpp("2025-09-01");

    @Test
    @DisplayName("The state survives a restart: what was sent, the files and their statuses are read back")
    void survivesRestart() {
        LaFixture la = new LaFixture(temp, "2026-03-02T10:00:00Z");
        la.build(amy);

        LaState read = la.savedState();

        assertThat(read.lastSequenceId()).isEqualTo(1);
        assertThat(read.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("CPIS_X09_00000001");
            assertThat(f.records()).singleElement().satisfies(r -> assertThat(r.localId()).isEqualTo("1001"));
        });
        assertThat(read.child("1001").orElseThrow().records()).singleElement()
                .satisfies(r -> assertThat(r.nhsNumber()).isEqualTo(NHS_A));
        assertThat(la.build(amy).files()).as("a new run compares with the saved state").isEmpty();
    }

    @Test
    @DisplayName("A save that stops half-way leaves the previous file whole and no temporary file behind")
    void crashMidWrite() throws IOException {
        Path target = temp.resolve("state.json");
        Files.writeString(target, "{\"old\": true}");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("{\"new\": ".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("{\"old\": true}");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    @DisplayName("A temporary file left by a crash before the rename is ignored and cleared; the state is the last whole save")
    void leftoverTemporaryFile() throws IOException {
        LaFixture la = new LaFixture(temp, "2026-03-02T10:00:00Z");
        la.build(amy);
        Path leftover = la.state().resolve(AtomicFiles.TEMP_PREFIX + "state.json123.part");
        Files.writeString(leftover, "{\"version\": 1, \"lastSeq");

        assertThat(la.savedState().lastSequenceId()).isEqualTo(1);
        assertThat(leftover).doesNotExist();
    }

    @Test
    @DisplayName("A damaged state file is reported (CPIS-L008) with where to find the previous one, never overwritten")
    void damagedStateFile() throws IOException {
        LaFixture la = new LaFixture(temp, "2026-03-02T10:00:00Z");
        la.build(amy);
        la.build(amy.with("given_name", "Amelia"));
        assertThat(la.state().resolve(LaStateStore.PREVIOUS_STATE_FILE)).exists();
        Path file = la.state().resolve(LaStateStore.STATE_FILE);
        Files.writeString(file, "{\"version\": 1, \"lastSeq");

        assertThatThrownBy(la::savedState).isInstanceOf(LaClientException.class)
                .hasMessageStartingWith("CPIS-L008 ").hasMessageContaining(LaStateStore.PREVIOUS_STATE_FILE);
        assertThat(Files.readString(file)).isEqualTo("{\"version\": 1, \"lastSeq");
    }

    @Test
    @DisplayName("Only one command at a time: a second opening of the state folder is refused (CPIS-L007)")
    void oneCommandAtATime() {
        try (LaStateStore first = LaStateStore.open(temp)) {
            assertThat(first.state().lastSequenceId()).isZero();
            assertThatThrownBy(() -> LaStateStore.open(temp)).isInstanceOf(LaClientException.class)
                    .hasMessageStartingWith("CPIS-L007 another cpis la command is using the state folder");
        }
        try (LaStateStore again = LaStateStore.open(temp)) {
            assertThat(again.state()).isNotNull();
        }
    }
}
