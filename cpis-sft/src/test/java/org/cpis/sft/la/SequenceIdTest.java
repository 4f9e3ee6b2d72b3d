package org.cpis.sft.la;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cpis.sft.la.build.BuildReport;
import org.cpis.sft.la.state.FileStatus;
import org.cpis.sft.la.state.LaState;
import org.cpis.sft.la.state.LaStateStore;
import org.cpis.sft.la.state.UploadFileEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CP-SC016: upload files are sequential and uniquely identifiable, across runs and restarts. */
class SequenceIdTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("CP-SC016: sequence ids go up by one with every file, across separate runs of the client")
    void sequentialAcrossRuns() {
        LaFixture la = new LaFixture(temp, "2026-03-02T10:00:00Z");
        ExportRow amy = ExportRow.child("1001", NHS_A, "Amy", "Adams", "2015-05-20").cpp("2025-09-01");
        List<String> ids = new ArrayList<>();
        for (int day = 0; day < 4; day++) {
            BuildReport report = la.build(amy.with("plan_start_date", "2025-09-0" + (day + 1)));
            report.files().forEach(f -> ids.add(f.sequenceId()));
            la.clock.advance(Duration.ofDays(1));
        }

        assertThat(ids).containsExactly("1", "2", "3", "4");
        assertThat(la.savedState().files()).extracting(UploadFileEntry::name)
                .containsExactly("CPIS_X09_00000001", "CPIS_X09_00000002", "CPIS_X09_00000003", "CPIS_X09_00000004");
        assertThat(LaFixture.header(la.uploadFile(la.savedState().files().get(3))).sequenceId()).isEqualTo("4");
    }

    @Test
    @DisplayName("CP-SC016: a big build splits into several files with consecutive ids")
    void splitFilesAreConsecutive() {
        LaFixture la = new LaFixture(temp, "2026-03-02T10:00:00Z");
        la.settingsWith("upload.max-records-per-file=1");

        BuildReport report = la.build(ExportRow.child("1001", NHS_A, "Amy", "Adams", "2015-05-20").cpp("2025-09-01"),
                ExportRow.child("1002", NHS_B, "Ben", "Brown", "2012-01-31").cpp("2025-09-01"));

        assertThat(report.files()).extracting(UploadFileEntry::sequenceId).containsExactly("1", "2");
        assertThat(report.files()).allSatisfy(f -> assertThat(f.status()).isEqualTo(FileStatus.CREATED));
    }

    @Test
    @DisplayName("CP-SC016: an LA that sent files before starts above them (upload.first-sequence-id)")
    void firstSequenceId() {
        LaFixture la = new LaFixture(temp, "2026-03-02T10:00:00Z");
        la.settingsWith("upload.first-sequence-id=5000");

        BuildReport report = la.build(ExportRow.child("1001", NHS_A, "Amy", "Adams", "2015-05-20").cpp("2025-09-01"));

        assertThat(report.files()).extracting(UploadFileEntry::sequenceId).containsExactly("5000");
    }

    @Test
    @DisplayName("CP-SC016: the state refuses a file whose sequence id was used before")
    void reuseRefused() {
        try (LaStateStore store = LaStateStore.open(temp.resolve("state"))) {
            LaState state = store.state();
            state.addFile(new UploadFileEntry("7", "CPIS_X09_00000007", java.time.Instant.EPOCH, FileStatus.CREATED,
                    List.of(), null, null, null, null));

            assertThatThrownBy(() -> state.addFile(new UploadFileEntry("7", "again", java.time.Instant.EPOCH,
                    FileStatus.CREATED, List.of(), null, null, null, null))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> state.addFile(new UploadFileEntry("6", "lower", java.time.Instant.EPOCH,
                    FileStatus.CREATED, List.of(), null, null, null, null))).isInstanceOf(IllegalStateException.class);
            assertThat(state.nextSequenceId(1)).isEqualTo(8);
        }
    }
}
