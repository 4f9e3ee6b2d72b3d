package org.cpis.core.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.core.testing.Fixtures.LA_X;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.NHS_C;
import static org.cpis.core.testing.Fixtures.NHS_D;
import static org.cpis.core.testing.Fixtures.child;
import static org.cpis.core.testing.Fixtures.cpp;
import static org.cpis.core.testing.Fixtures.file;
import static org.cpis.core.testing.Fixtures.plan;
import static org.cpis.core.testing.Fixtures.unborn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cpis.core.model.ChildRecord;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.port.Demographics;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.core.port.DemographicsUnavailableException;
import org.cpis.core.testing.FakeDemographics;
import org.cpis.core.testing.InMemoryStore;
import org.cpis.core.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large file's results and audit events leave memory for a spill file; nothing else changes. */
class ResultSpillingTest {

    @TempDir
    Path spillFolder;

    private final FakeDemographics pds = new FakeDemographics();
    private final MutableClock clock = MutableClock.at("2026-01-10T09:30:00Z");

    @BeforeEach
    void people() {
        pds.person(NHS_A, LocalDate.parse("2015-05-20"), "Amy", "Adams")
                .person(NHS_B, LocalDate.parse("2016-07-01"), "Ben", "Brown")
                .person(NHS_C, LocalDate.parse("1995-02-03"), "Mary", "Clark");
    }

    /** Every kind of result: stored, refused by PDS, refused by a check with odd plans, an unborn child. */
    private static UploadFile mixedFile() {
        UploadRecord oddPlans = new UploadRecord(4, SubjectKind.CHILD, NHS_D, null, new PersonName(null, "Dunn"), null,
                List.of(new Plan(PlanType.CPP, null, null, null),
                        Plan.of(PlanType.LAC, LocalDate.parse("2025-03-01"), LocalDate.parse("2025-02-01"),
                                LocalDate.parse("2026-01-01"))));
        return file(LA_X, "77",
                child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20", cpp("2025-01-01")),
                child(2, NHS_B, "C-2", "Ben", "Brown", "2010-01-01", cpp("2025-01-01")),
                unborn(3, NHS_C, "M-3", "Mary", "Clark", "1995-02-03", plan(PlanType.UCPP, "2026-01-01", "2026-06-01", null)),
                oddPlans,
                child(5, "12345", "C-5", "Eve", "Evans", "2014-01-01", cpp("2025-01-01")));
    }

    private List<Path> spillFiles() throws IOException {
        try (Stream<Path> files = Files.list(spillFolder)) {
            return files.toList();
        }
    }

    @Test
    @DisplayName("CP-IS018 CP-IS024: results and audit events spilled to disk give the same acknowledgement, records and audit trail")
    void spilledEqualsInMemory() throws IOException {
        InMemoryStore kept = new InMemoryStore();
        InMemoryStore spilled = new InMemoryStore();
        UploadAcknowledgement inMemory = new UploadService(kept, pds, clock, 2).process(mixedFile()).acknowledgement();
        UploadAcknowledgement onDisk = new UploadService(spilled, pds, clock, 2, new ResultSpilling(spillFolder, 1))
                .process(mixedFile()).acknowledgement();

        assertThat(onDisk.results()).isInstanceOf(SpilledList.class);
        assertThat(onDisk).isEqualTo(inMemory);
        assertThat(onDisk.fileOutcome()).isEqualTo(FileOutcome.CPF03);
        assertThat(onDisk.successfulCount()).isEqualTo(2);
        assertThat(onDisk.results()).extracting(RecordResult::outcome).containsExactly(RecordOutcome.CPR06,
                RecordOutcome.CPR03, RecordOutcome.CPR06, RecordOutcome.CPR07, RecordOutcome.CPR04);
        assertThat(spilled.auditEvents()).isEqualTo(kept.auditEvents());
        assertThat(spilled.auditEvents()).hasSize(6);
        ChildRecord spilledMother = spilled.inTransaction(s -> s.records().find(NhsNumber.of(NHS_C)));
        assertThat(spilledMother.entries()).hasSize(1);
        assertThat(spilledMother).isEqualTo(kept.inTransaction(s -> s.records().find(NhsNumber.of(NHS_C))));
        assertThat(spillFiles()).as("the audit spill is gone once appended; the results stay with the acknowledgement")
                .singleElement().satisfies(f -> assertThat(f.getFileName().toString())
                        .startsWith("cpis-upload-spill-results-"));
    }

    @Test
    @DisplayName("A spilled acknowledgement reads any record, forwards, backwards and by iteration, and its repeat is the same")
    void spilledListReads() {
        InMemoryStore store = new InMemoryStore();
        UploadService service = new UploadService(store, pds, clock, 2, new ResultSpilling(spillFolder, 0));
        List<RecordResult> results = service.process(mixedFile()).acknowledgement().results();
        List<RecordResult> expected = new UploadService(new InMemoryStore(), pds, clock, 2).process(mixedFile())
                .acknowledgement().results();
        assertThat(results.get(3)).isEqualTo(expected.get(3));
        assertThat(results.get(4)).isEqualTo(expected.get(4));
        assertThat(results.get(0)).isEqualTo(expected.get(0));
        assertThat(new ArrayList<>(results)).isEqualTo(expected);
        assertThat(results.get(3).record().plans()).isEqualTo(expected.get(3).record().plans());
        UploadResult repeat = service.process(mixedFile());
        assertThat(repeat.repeat()).isTrue();
        assertThat(repeat.acknowledgement().results()).isEqualTo(expected);
    }

    @Test
    @DisplayName("CPF05 part way through a spilled file: nothing stored and no spill file left behind")
    void failureLeavesNoSpill() throws IOException {
        Demographics failsOnSecondBatch = new Demographics() {
            private int calls;

            @Override
            public Optional<DemographicsRecord> lookup(NhsNumber n) {
                return pds.lookup(n);
            }

            @Override
            public Map<NhsNumber, DemographicsRecord> lookupAll(Collection<NhsNumber> numbers) {
                if (++calls > 1) {
                    throw new DemographicsUnavailableException("PDS timed out");
                }
                return pds.lookupAll(numbers);
            }
        };
        InMemoryStore store = new InMemoryStore();
        UploadAcknowledgement ack = new UploadService(store, failsOnSecondBatch, clock, 2,
                new ResultSpilling(spillFolder, 0)).process(mixedFile()).acknowledgement();
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF05);
        assertThat(store.inTransaction(s -> s.records().find(NhsNumber.of(NHS_A))).isEmpty()).isTrue();
        assertThat(spillFiles()).isEmpty();
    }

    @Test
    @DisplayName("CP-IS019: results collected one by one (a store reading an acknowledgement back) stay in memory up to the limit, else in a spill file, equal either way")
    void collect() throws IOException {
        List<RecordResult> expected = new UploadService(new InMemoryStore(), pds, clock, 2).process(mixedFile())
                .acknowledgement().results();

        List<RecordResult> few = new ResultSpilling(spillFolder, 5).collect(expected.iterator());
        assertThat(few).isNotInstanceOf(SpilledList.class).isEqualTo(expected);
        assertThat(spillFiles()).isEmpty();

        List<RecordResult> many = new ResultSpilling(spillFolder, 4).collect(expected.iterator());
        assertThat(many).isInstanceOf(SpilledList.class).isEqualTo(expected);
        assertThat(spillFiles()).singleElement().satisfies(f -> assertThat(f.getFileName().toString())
                .startsWith("cpis-upload-spill-results-"));
        UploadAcknowledgement ack = new UploadAcknowledgement("77", null, clock.instant(), FileOutcome.CPF03, null, 5,
                many);
        assertThat(ack.results()).as("kept as the spilled list, not copied into memory").isSameAs(many);
        if (many instanceof SpilledList<RecordResult> spilled) {
            spilled.delete();
        }
        assertThat(spillFiles()).isEmpty();
    }

    @Test
    @DisplayName("Results that fail part way while being collected leave no spill file behind")
    void collectFailing() throws IOException {
        List<RecordResult> expected = new UploadService(new InMemoryStore(), pds, clock, 2).process(mixedFile())
                .acknowledgement().results();
        Iterator<RecordResult> breaks = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public RecordResult next() {
                if (next == 3) {
                    throw new IllegalStateException("the database went away");
                }
                return expected.get(next++);
            }
        };
        assertThatThrownBy(() -> new ResultSpilling(spillFolder, 1).collect(breaks))
                .isInstanceOf(IllegalStateException.class).hasMessage("the database went away");
        assertThat(spillFiles()).isEmpty();
    }

    @Test
    @DisplayName("At start-up the spill folder is emptied of spill files a crash left; other files stay")
    void purge() throws IOException {
        Files.writeString(spillFolder.resolve("cpis-upload-spill-results-123.bin"), "left by a crash");
        Files.writeString(spillFolder.resolve("cpis-upload-spill-audit-456.bin"), "left by a crash");
        Files.writeString(spillFolder.resolve("notes.txt"), "not ours");
        ResultSpilling spilling = new ResultSpilling(spillFolder, 10);
        assertThat(spilling.purge()).isEqualTo(2);
        assertThat(spillFiles()).extracting(f -> f.getFileName().toString()).containsExactly("notes.txt");
        assertThat(new ResultSpilling(spillFolder.resolve("missing"), 10).purge()).isZero();
    }
}
