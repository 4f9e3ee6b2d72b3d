package org.cpis.sft.la;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.cpis.sft.la.build.BuildOptions;
import org.cpis.sft.la.build.BuildReport;
import org.cpis.sft.la.build.ChildChange;
import org.cpis.sft.la.build.Progress;
import org.cpis.sft.la.state.FileStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The initial bulk upload of a large LA (CP-SC005): 10,000 children build into checked upload files of 500 records.
 * Runs in its own JVM with a 192 MB heap (the {@code la-bulk} surefire execution), so it proves the build does not
 * need memory in proportion to the whole upload.
 */
@Tag("la-bulk")
class BulkBuildTest {

    private static final int CHILDREN = 10_000;

    @TempDir
    Path temp;

    @Test
    @DisplayName("CP-SC005, CP-SC016: 10,000 children build into 20 checked files with consecutive ids; a second build sends nothing")
    void tenThousandChildren() throws IOException {
        LaFixture la = new LaFixture(temp, "2026-03-02T10:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(la.export, StandardCharsets.UTF_8)) {
            out.write(ExportRow.header());
            out.newLine();
            long prefix = 999_000_001L;
            int written = 0;
            while (written < CHILDREN) {
                String nine = Long.toString(prefix++);
                int sum = 0;
                for (int i = 0; i < 9; i++) {
                    sum += (nine.charAt(i) - '0') * (10 - i);
                }
                int check = (11 - sum % 11) % 11;
                if (check == 10) {
                    continue; // no valid check digit for this prefix (Modulus 11)
                }
                written++;
                out.write(ExportRow.child("C" + written, nine + check, "Given" + written, "Family" + written,
                        "2012-01-01").cpp("2025-09-01").csv());
                out.newLine();
            }
        }
        AtomicLong lastProgress = new AtomicLong();
        Progress progress = new Progress() {
            @Override
            public void start(String what, long total) {
                lastProgress.set(0);
            }

            @Override
            public void advance(long done) {
                assertThat(done).isGreaterThan(lastProgress.get());
                lastProgress.set(done);
            }

            @Override
            public void finish() {
            }
        };

        BuildReport report = la.client().build(la.export, BuildOptions.CHANGES_ONLY, progress);

        assertThat(report.childrenRead()).isEqualTo(CHILDREN);
        assertThat(report.count(ChildChange.NEW)).isEqualTo(CHILDREN);
        assertThat(report.hasProblems()).isFalse();
        assertThat(report.files()).hasSize(20).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(FileStatus.CREATED);
            assertThat(f.records()).hasSize(500);
        });
        assertThat(report.files().get(19).sequenceId()).isEqualTo("20");
        assertThat(LaFixture.records(la.uploadFile(report.files().get(19)))).hasSize(500);

        BuildReport again = la.client().build(la.export, BuildOptions.CHANGES_ONLY, Progress.NONE);
        assertThat(again.files()).isEmpty();
        assertThat(again.count(ChildChange.UNCHANGED)).isEqualTo(CHILDREN);
    }
}
