package org.cpis.store.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.store.jooq.Tables.UPLOAD_RECORD_PLAN;
import static org.cpis.store.jooq.Tables.UPLOAD_RECORD_RESULT;
import static org.cpis.store.testing.Fixtures.CHILD;
import static org.cpis.store.testing.Fixtures.CHILD_BIRTH_DATE;
import static org.cpis.store.testing.Fixtures.EXAMPLESHIRE;
import static org.cpis.store.testing.Fixtures.T0;
import static org.cpis.store.testing.Fixtures.childEntry;
import static org.cpis.store.testing.Fixtures.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.audit.AuditQuery;
import org.cpis.core.model.ChildRecord;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.port.DuplicateFileException;
import org.cpis.core.port.LedgerEntry;
import org.cpis.core.port.StoreSession;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.FileProblem;
import org.cpis.core.upload.RecordDetail;
import org.cpis.core.upload.RecordResult;
import org.cpis.core.upload.ResultSpilling;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.core.upload.UploadRecord;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.store.CpisDatabase;
import org.cpis.store.testing.SharedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(SharedDatabase.class)
class FileLedgerTableIT {

    private static final OdsCode X09 = OdsCode.of("X09");
    private static final UploadedLocalAuthority SENDER = new UploadedLocalAuthority("X09", " Exampleshire County Council ",
            "tel:01632 960001", null);
    private static final Plan CPP = plan(PlanType.CPP, "2024-01-10T09:15", null, null);
    private static final Plan LAC = plan(PlanType.LAC, "2024-02-01T00:00", "2025-01-31T17:45", "2025-06-01T00:00");
    private static final Plan UCPP = plan(PlanType.UCPP, "2024-06-01T10:00", "2024-12-24T00:00", null);

    private final CpisDatabase database;

    FileLedgerTableIT(CpisDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void emptyTables() {
        SharedDatabase.emptyTables(database);
    }

    @Test
    @DisplayName("CP-IS019: an acknowledgement with records of every outcome reads back equal to the one recorded")
    void acknowledgementReadsBackEqual() {
        LedgerEntry entry = new LedgerEntry(X09, "41", "sha256:41", T0.plusSeconds(2), richAcknowledgement("41"));

        inTransaction(s -> {
            s.fileLedger().record(entry);
            return null;
        });

        Optional<LedgerEntry> found = inTransaction(s -> s.fileLedger().find(X09, "41"));
        assertThat(found).contains(entry);
    }

    @Test
    void fileLevelAcknowledgementWithoutRecordsReadsBackEqual() {
        UploadAcknowledgement ack = new UploadAcknowledgement("42", SENDER, T0, FileOutcome.CPF01,
                FileProblem.RECORD_COUNT_MISMATCH, -1, List.of());
        LedgerEntry entry = new LedgerEntry(X09, "42", "sha256:42", T0, ack);

        inTransaction(s -> {
            s.fileLedger().record(entry);
            return null;
        });

        Optional<LedgerEntry> found = inTransaction(s -> s.fileLedger().find(X09, "42"));
        assertThat(found).contains(entry);
    }

    @Test
    void aFileIsKeyedByItsLocalAuthorityAndSequenceId() {
        LedgerEntry fromX09 = new LedgerEntry(X09, "41", "sha256:x", T0, richAcknowledgement("41"));
        LedgerEntry fromY17 = new LedgerEntry(OdsCode.of("Y17"), "41", "sha256:y", T0, richAcknowledgement("41"));
        inTransaction(s -> {
            s.fileLedger().record(fromX09);
            s.fileLedger().record(fromY17);
            return null;
        });

        Optional<LedgerEntry> x09 = inTransaction(s -> s.fileLedger().find(X09, "41"));
        Optional<LedgerEntry> y17 = inTransaction(s -> s.fileLedger().find(OdsCode.of("Y17"), "41"));
        Optional<LedgerEntry> other = inTransaction(s -> s.fileLedger().find(X09, "40"));
        assertThat(x09).contains(fromX09);
        assertThat(y17).contains(fromY17);
        assertThat(other).isEmpty();
    }

    @Test
    void secondFileWithTheSameSequenceIdThrowsAndNothingOfItsTransactionIsKept() {
        LedgerEntry first = new LedgerEntry(X09, "41", "sha256:first", T0, richAcknowledgement("41"));
        inTransaction(s -> {
            s.fileLedger().record(first);
            return null;
        });
        LedgerEntry again = new LedgerEntry(X09, "41", "sha256:again", T0.plusSeconds(60), richAcknowledgement("41"));

        assertThatThrownBy(() -> inTransaction(s -> {
            s.records().replace(childEntry(CHILD, EXAMPLESHIRE, "41", CPP));
            s.auditTrail().append(new AuditEvent(T0, AuditAction.RECORD_STORED, "la:X09", X09, CHILD, "stored"));
            s.fileLedger().record(again);
            return null;
        })).isInstanceOf(DuplicateFileException.class).hasMessageContaining("41").hasMessageContaining("X09");

        ChildRecord child = inTransaction(s -> s.records().find(CHILD));
        Optional<LedgerEntry> kept = inTransaction(s -> s.fileLedger().find(X09, "41"));
        int auditRows = inTransaction(s -> s.auditTrail().find(AuditQuery.forSubject(CHILD)).size());
        assertThat(child.isEmpty()).isTrue();
        assertThat(kept).contains(first);
        assertThat(auditRows).isZero();
    }

    @ParameterizedTest(name = "{0} results")
    @ValueSource(ints = {999, 1_000, 2_001})
    @DisplayName("CP-IS019: a large acknowledgement is written in chunks and read back page by page into a spill file, equal to the one recorded")
    void largeAcknowledgementReadsBackSpilled(int size, @TempDir Path spillFolder) throws IOException {
        ResultSpilling spilling = new ResultSpilling(spillFolder, 100);
        List<RecordResult> results = spilling.collect(IntStream.range(0, size).mapToObj(this::numbered).iterator());
        LedgerEntry entry = new LedgerEntry(X09, "43", "sha256:43", T0, new UploadAcknowledgement("43", SENDER,
                T0.plusSeconds(1), FileOutcome.CPF03, null, size, results));

        database.transactions(spilling).inTransaction(s -> {
            s.fileLedger().record(entry);
            return null;
        });
        int resultRows = database.dsl().fetchCount(UPLOAD_RECORD_RESULT);
        int planRows = database.dsl().fetchCount(UPLOAD_RECORD_PLAN);
        long spillFilesBefore = spillFiles(spillFolder);

        Optional<LedgerEntry> found = database.transactions(spilling).inTransaction(s -> s.fileLedger().find(X09, "43"));

        assertThat(resultRows).isEqualTo(size);
        assertThat(planRows).isEqualTo(IntStream.range(0, size).map(i -> i % 4).sum());
        assertThat(spillFiles(spillFolder)).as("the results read back wait in a spill file of their own")
                .isEqualTo(spillFilesBefore + 1);
        assertThat(found).contains(entry);
        assertThat(found.orElseThrow().acknowledgement().results().get(size - 1).record().position()).isEqualTo(size);
    }

    @Test
    @DisplayName("CP-IS019: an acknowledgement within the in-memory limit is read back without a spill file")
    void smallAcknowledgementReadsBackInMemory(@TempDir Path spillFolder) throws IOException {
        ResultSpilling spilling = new ResultSpilling(spillFolder, 100);
        LedgerEntry entry = new LedgerEntry(X09, "44", "sha256:44", T0, richAcknowledgement("44"));
        database.transactions(spilling).inTransaction(s -> {
            s.fileLedger().record(entry);
            return null;
        });

        Optional<LedgerEntry> found = database.transactions(spilling).inTransaction(s -> s.fileLedger().find(X09, "44"));

        assertThat(found).contains(entry);
        assertThat(spillFiles(spillFolder)).isZero();
    }

    /** Result n (from 0): record n + 1 with n mod 4 plans (none to three, types repeated as a refused record may). */
    private RecordResult numbered(int n) {
        List<Plan> plans = List.of(CPP, LAC, UCPP, CPP).subList(0, n % 4);
        UploadRecord record = new UploadRecord(n + 1, SubjectKind.CHILD, "999" + String.format("%07d", n), "L-" + n,
                new PersonName("Child", "Number" + n), CHILD_BIRTH_DATE, plans);
        return n % 10 == 7 ? RecordResult.failure(record, RecordDetail.PDS_NOT_FOUND) : RecordResult.success(record);
    }

    private static long spillFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("cpis-upload-spill-results-")).count();
        }
    }

    /** Nine records: every record outcome, a malformed and a missing NHS number, plans as sent and an unborn child. */
    private static UploadAcknowledgement richAcknowledgement(String sequenceId) {
        LocalDate motherBirthDate = LocalDate.of(1995, 7, 14);
        List<RecordResult> results = List.of(
                RecordResult.success(child(1, "9990000018", List.of(CPP, LAC))),
                RecordResult.failure(child(2, "9990000026", List.of(CPP)), RecordDetail.PDS_NOT_FOUND),
                RecordResult.failure(child(3, "9990000034", List.of(LAC)), RecordDetail.PDS_SENSITIVE),
                RecordResult.failure(child(4, "999 000 0042", List.of(CPP)), RecordDetail.PDS_NOT_VERIFIED),
                RecordResult.failure(child(5, "12345", List.of(CPP)), RecordDetail.NHS_NUMBER_NOT_NEW_STYLE),
                RecordResult.failure(child(6, "9990000050", List.of(CPP)), RecordDetail.PDS_SUPERSEDED),
                RecordResult.failure(child(7, "9990000069", List.of(new Plan(PlanType.CPP, null, null, null), CPP)),
                        RecordDetail.START_DATE_MISSING),
                RecordResult.success(new UploadRecord(8, SubjectKind.UNBORN_CHILD, "9990000077", "M-8",
                        new PersonName("Mary", "Mother"), motherBirthDate, List.of(UCPP))),
                RecordResult.failure(new UploadRecord(9, SubjectKind.CHILD, null, null, null, null, List.of()),
                        RecordDetail.NHS_NUMBER_MISSING));
        return new UploadAcknowledgement(sequenceId, SENDER, T0.plusSeconds(1), FileOutcome.CPF03, null, 9, results);
    }

    private static UploadRecord child(int position, String nhsNumber, List<Plan> plans) {
        return new UploadRecord(position, SubjectKind.CHILD, nhsNumber, "L-" + position,
                new PersonName("Child" + position, position % 2 == 0 ? null : "Family"), CHILD_BIRTH_DATE, plans);
    }

    private <T> T inTransaction(Function<StoreSession, T> work) {
        return database.transactions().inTransaction(work);
    }
}
