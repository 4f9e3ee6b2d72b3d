package org.cpis.sft.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.sft.testing.ExchangeWorld.X09_MAILBOX;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.port.Demographics;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.core.testing.MutableClock;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.ResultSpilling;
import org.cpis.core.upload.UploadService;
import org.cpis.gateway.codec.upload.AcknowledgementEncoder;
import org.cpis.gateway.codec.upload.UploadDecoder;
import org.cpis.gateway.codec.xml.SecureXml;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.cpis.sft.testing.ExchangeWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Issue 5 section 3: a 100,000-record upload is processed in bounded memory. Runs in its own surefire execution,
 * in a JVM forked with {@code -Xmx64m} (see the module's pom): its acknowledgement alone (every record returned,
 * 120 MB) is nearly twice that heap, so neither the acknowledgement nor the file's results can have been held in
 * memory. The
 * stores are the {@link CountingStore} (a database keeps what it is given off the Java heap) and PDS is derived
 * from the NHS number ({@link LargeUploads.DerivedDemographics}); everything else is real: the encrypted body on
 * disk, the post office, the codecs, the core's use case and the outbox.
 */
@Tag(LargeUploadProcessingTest.TAG)
class LargeUploadProcessingTest {

    static final String TAG = "upload-processing-memory";
    private static final int RECORDS = 100_000;
    private static final long HEAP_LIMIT = 64L * 1024 * 1024;
    private static final long RETAINED_LIMIT = 32L * 1024 * 1024;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private long peakRetained;

    private void sample() {
        System.gc();
        peakRetained = Math.max(peakRetained, memory.getHeapMemoryUsage().getUsed());
    }

    @Test
    @DisplayName("CP-IS001 CP-IS018 CP-IS024: a 100,000-record upload is applied and acknowledged (every record returned) in a 64 MB heap")
    void largeUploadInBoundedMemory(@TempDir Path dir) throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("run in the forked -Xmx64m JVM").isLessThanOrEqualTo(HEAP_LIMIT);
        Path file = dir.resolve("large-upload.xml");
        LargeUploads.write(file, "X09", "9", RECORDS);
        MutableClock clock = MutableClock.at("2026-03-10T09:00:00Z");
        ExchangeWorld world = new ExchangeWorld(dir.resolve("service"), clock);
        ExchangeMessage inbound;
        try (InputStream in = Files.newInputStream(file)) {
            inbound = world.send(X09_MAILBOX, in);
        }
        assertThat(inbound.sizeBytes()).isEqualTo(Files.size(file));

        CountingStore store = new CountingStore();
        Demographics pds = new SampledDemographics(new LargeUploads.DerivedDemographics());
        UploadService uploads = new UploadService(store, pds, clock, UploadService.DEFAULT_BATCH_SIZE,
                new ResultSpilling(dir.resolve("spill"), 5_000));
        UploadProcessor processor = new UploadProcessor(world.postOffice(), world.locks(), uploads, store,
                new UploadDecoder(), new AcknowledgementEncoder(), (point, id) -> sample());

        ProcessingRun run = processor.processWaiting(10);

        assertThat(run.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ProcessingOutcome.Status.PROCESSED);
            assertThat(o.fileOutcome()).isEqualTo(FileOutcome.CPF03);
        });
        int refused = expectedRefused();
        assertThat(store.entriesStored()).isEqualTo(RECORDS - refused);
        assertThat(store.auditEvents()).as("one per record and one for the file").isEqualTo(RECORDS + 1);
        assertThat(store.ledgerEntry("X09", "9")).isPresent();
        assertThat(world.messages().find(inbound.messageId()).orElseThrow().state()).isEqualTo(MessageState.PROCESSED);

        List<ExchangeMessage> replies = world.messages().inbox(X09_MAILBOX, 10);
        assertThat(replies).hasSize(1);
        ExchangeMessage reply = replies.get(0);
        assertThat(reply.sizeBytes()).as("the acknowledgement is larger than the heap").isGreaterThan(HEAP_LIMIT);
        Counts counts = count(world.postOffice().open(reply));
        assertThat(counts.messages).as("every record returned").isEqualTo(RECORDS);
        assertThat(counts.details).isEqualTo(refused);
        assertThat(counts.failed).isEqualTo(refused);
        assertThat(counts.successful).isEqualTo(RECORDS - refused);
        assertThat(counts.sequenceId).isEqualTo("9");
        LoggerFactory.getLogger(LargeUploadProcessingTest.class).info("{} records, acknowledgement {} bytes, heap {} MB,"
                + " peak retained after GC {} MB", RECORDS, reply.sizeBytes(), Runtime.getRuntime().maxMemory() >> 20,
                peakRetained >> 20);
        assertThat(peakRetained).as("heap retained (after GC) while processing").isLessThan(RETAINED_LIMIT);
    }

    /** The records whose PDS entry does not exist (see {@link LargeUploads}). */
    private static int expectedRefused() {
        int refused = 0;
        int c = 0;
        for (int i = 1; i <= RECORDS; i++) {
            do {
                c++;
            } while (LargeUploads.number(c) == null);
            if (c % 10 == 7) {
                refused++;
            }
        }
        return refused;
    }

    private static final class Counts {
        long messages;
        long details;
        long failed = -1;
        long successful = -1;
        String sequenceId;
    }

    /** Reads the acknowledgement as a stream (it does not fit in this heap as a tree), counting what it returns. */
    private static Counts count(InputStream wire) throws Exception {
        Counts counts = new Counts();
        try (InputStream in = wire) {
            XMLStreamReader xml = SecureXml.streamReader(in, XmlLimits.UPLOAD_FILE);
            String parent = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "message" -> counts.messages++;
                    case "acknowledgementRecordDetail" -> counts.details++;
                    case "failedReturnedCP-ISRecords", "successfulReturnedCP-ISRecords" -> parent = xml.getLocalName();
                    case "id" -> {
                        if (counts.sequenceId == null) {
                            counts.sequenceId = xml.getAttributeValue(null, "extension");
                        }
                    }
                    case "value" -> {
                        if ("failedReturnedCP-ISRecords".equals(parent)) {
                            counts.failed = Long.parseLong(xml.getAttributeValue(null, "value"));
                        } else if ("successfulReturnedCP-ISRecords".equals(parent)) {
                            counts.successful = Long.parseLong(xml.getAttributeValue(null, "value"));
                        }
                        parent = null;
                    }
                    default -> {
                        // not counted
                    }
                }
            }
            xml.close();
        }
        return counts;
    }

    /** PDS that also samples the retained heap every 40 batches, while the upload's transaction runs. */
    private final class SampledDemographics implements Demographics {
        private final Demographics delegate;
        private int calls;

        SampledDemographics(Demographics delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<DemographicsRecord> lookup(NhsNumber nhsNumber) {
            return delegate.lookup(nhsNumber);
        }

        @Override
        public Map<NhsNumber, DemographicsRecord> lookupAll(Collection<NhsNumber> nhsNumbers) {
            if (++calls % 40 == 0) {
                sample();
            }
            return delegate.lookupAll(nhsNumbers);
        }
    }
}
