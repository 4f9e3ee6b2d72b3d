package org.cpis.gateway.codec.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200,000-record upload decodes record by record in bounded memory. Runs in its own surefire execution, in a
 * JVM forked with {@code -Xmx256m} (see the module's pom): the file on disk is about as large as that heap, and
 * a reader that held the file or its tree would run out of memory.
 */
@Tag(UploadStreamingTest.TAG)
class UploadStreamingTest {

    static final String TAG = "upload-streaming";
    private static final int RECORDS = 200_000;
    private static final long HEAP_LIMIT = 256L * 1024 * 1024;

    @Test
    @DisplayName("CP-IS001: a 200,000-record upload on disk decodes record by record in a 256 MB heap; "
            + "bad records in the middle spoil none of their neighbours")
    void decodesLargeUploadInBoundedMemory(@TempDir Path dir) throws IOException {
        assertThat(Runtime.getRuntime().maxMemory()).as("run in the forked -Xmx256m JVM").isLessThanOrEqualTo(HEAP_LIMIT);
        Path file = dir.resolve("large-upload.xml");
        LargeUpload.write(file, RECORDS, Set.of(100_000), Set.of(150_001));
        assertThat(Files.size(file)).as("file size").isGreaterThan(120L * 1024 * 1024);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long peakAfterGc = 0;
        int read = 0;
        List<Integer> refused = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             UploadReader reader = new UploadDecoder().open(in)) {
            assertThat(reader.header().declaredRecordCount()).isEqualTo(RECORDS);
            for (DecodedRecord record : reader) {
                read++;
                assertThat(record.position()).isEqualTo(read);
                if (record instanceof RecordProblem p) {
                    refused.add(p.position());
                }
                if (read % 25_000 == 0) {
                    System.gc();
                    peakAfterGc = Math.max(peakAfterGc, memory.getHeapMemoryUsage().getUsed());
                }
            }
            assertThat(reader.recordCountProblem()).isEmpty();
        }
        assertThat(read).isEqualTo(RECORDS);
        assertThat(refused).containsExactly(100_000, 150_001);
        assertThat(peakAfterGc).as("heap retained while reading").isLessThan(Files.size(file) / 4);
    }
}
