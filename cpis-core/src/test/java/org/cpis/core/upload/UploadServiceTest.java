package org.cpis.core.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.core.testing.Fixtures.LA_X;
import static org.cpis.core.testing.Fixtures.LA_Y;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.NHS_C;
import static org.cpis.core.testing.Fixtures.NHS_D;
import static org.cpis.core.testing.Fixtures.child;
import static org.cpis.core.testing.Fixtures.cpp;
import static org.cpis.core.testing.Fixtures.file;
import static org.cpis.core.testing.Fixtures.plan;
import static org.cpis.core.testing.Fixtures.unborn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.model.ChildRecord;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.core.testing.FakeDemographics;
import org.cpis.core.testing.InMemoryStore;
import org.cpis.core.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UploadServiceTest {

    private final InMemoryStore store = new InMemoryStore();
    private final FakeDemographics pds = new FakeDemographics();
    private final MutableClock clock = MutableClock.at("2026-01-10T09:30:00Z");
    private final UploadService uploads = new UploadService(store, pds, clock, 2);

    @BeforeEach
    void people() {
        pds.person(NHS_A, LocalDate.parse("2015-05-20"), "Amy", "Adams")
                .person(NHS_B, LocalDate.parse("2016-07-01"), "Ben", "Brown")
                .person(NHS_C, LocalDate.parse("1995-02-03"), "Mary", "Clark");
    }

    private ChildRecord record(String nhs) {
        return store.inTransaction(s -> s.records().find(NhsNumber.of(nhs)));
    }

    @Test
    @DisplayName("CP-IS001 CP-IS024 CP-IS019: a good file is stored and acknowledged CPF02, correlated to its sequence id")
    void goodFile() {
        UploadResult result = uploads.process(file(LA_X, "41",
                child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20", cpp("2025-01-01")),
                child(2, NHS_B, "C-2", "Ben", "Brown", "2016-07-01", plan(PlanType.LAC, "2024-04-01", null, null))));
        UploadAcknowledgement ack = result.acknowledgement();
        assertThat(result.repeat()).isFalse();
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF02);
        assertThat(ack.sequenceId()).isEqualTo("41");
        assertThat(ack.recipient()).isEqualTo(LA_X);
        assertThat(ack.recordsProcessed()).isEqualTo(2);
        assertThat(ack.successfulCount()).isEqualTo(2);
        assertThat(ack.results()).extracting(RecordResult::outcome).containsExactly(RecordOutcome.CPR06, RecordOutcome.CPR06);
        LocalAuthorityEntry e = record(NHS_A).entries().get(0);
        assertThat(e.localChildId()).isEqualTo("C-1");
        assertThat(e.uploadFileId()).isEqualTo("41");
        assertThat(e.receivedAt()).isEqualTo(clock.instant());
        assertThat(e.birthDate()).isEqualTo(LocalDate.parse("2015-05-20"));
        assertThat(e.localAuthority().emergencyDutyPhone().digits()).isEqualTo("01632960001");
    }

    @Test
    @DisplayName("CP-IS018 CP-IS017: a mixed file is CPF03 with each record's own outcome and detail")
    void partialFile() {
        UploadAcknowledgement ack = uploads.process(file(LA_X, "42",
                child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20", cpp("2025-01-01")),
                child(2, NHS_D, "C-4", "Dan", "Dunn", "2014-01-01", cpp("2025-01-01")),
                child(3, "9990000019", "C-5", "Eve", "Evans", "2014-01-01", cpp("2025-01-01")),
                child(4, NHS_B, "C-2", "Ben", "Brown", "2010-01-01", cpp("2025-01-01")))).acknowledgement();
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF03);
        assertThat(ack.results()).extracting(RecordResult::outcome)
                .containsExactly(RecordOutcome.CPR06, RecordOutcome.CPR01, RecordOutcome.CPR04, RecordOutcome.CPR03);
        assertThat(ack.results().get(2).detail()).isEqualTo(RecordDetail.NHS_NUMBER_CHECK_DIGIT);
        assertThat(ack.results().get(2).describe()).isEqualTo(
                "record 3 (local id C-5): CPR04 PDS Error - NHS Number Format Incorrect - CPRD03 NHS number fails the Modulus 11 check digit");
        assertThat(ack.successfulCount()).isEqualTo(1);
        assertThat(ack.failedCount()).isEqualTo(3);
        assertThat(record(NHS_D).isEmpty()).isTrue();
        assertThat(record(NHS_B).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("CP-IS018: no record loaded is CPF04")
    void unsuccessfulFile() {
        UploadAcknowledgement ack = uploads.process(file(LA_X, "43",
                child(1, NHS_D, "C-4", "Dan", "Dunn", "2014-01-01", cpp("2025-01-01")))).acknowledgement();
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF04);
    }

    @Test
    @DisplayName("CP-IS002: sensitive and superseded PDS records are refused with CPR02 and CPR05")
    void sensitiveAndSuperseded() {
        pds.add(new DemographicsRecord(NhsNumber.of(NHS_D), LocalDate.parse("2014-01-01"),
                List.of(new PersonName("Dan", "Dunn")), true, false, null, null));
        pds.add(new DemographicsRecord(NhsNumber.of("9990000050"), LocalDate.parse("2014-01-01"),
                List.of(new PersonName("Eve", "Evans")), false, false, NhsNumber.of("9990000069"), null));
        UploadAcknowledgement ack = uploads.process(file(LA_X, "44",
                child(1, NHS_D, "C-4", "Dan", "Dunn", "2014-01-01", cpp("2025-01-01")),
                child(2, "9990000050", "C-5", "Eve", "Evans", "2014-01-01", cpp("2025-01-01")))).acknowledgement();
        assertThat(ack.results()).extracting(RecordResult::outcome).containsExactly(RecordOutcome.CPR02, RecordOutcome.CPR05);
        assertThat(record(NHS_D).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("CP-IS020 CP-IS017 CP-IS031: a new upload from the same LA replaces its whole entry, dropping a plan it no longer sends")
    void replaceSameLa() {
        uploads.process(file(LA_X, "1", child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20",
                cpp("2025-01-01"), plan(PlanType.LAC, "2025-02-01", null, null))));
        uploads.process(file(LA_X, "2", child(1, NHS_A, "C-1b", "Amy", "Adams", "2015-05-20",
                plan(PlanType.CPP, "2025-01-01", "2025-12-31", null))));
        ChildRecord r = record(NHS_A);
        assertThat(r.entries()).hasSize(1);
        LocalAuthorityEntry e = r.entries().get(0);
        assertThat(e.plans()).extracting(p -> p.type()).containsExactly(PlanType.CPP);
        assertThat(e.plan(PlanType.CPP).get().endDate()).contains(LocalDate.parse("2025-12-31"));
        assertThat(e.localChildId()).isEqualTo("C-1b");
        assertThat(e.uploadFileId()).isEqualTo("2");
    }

    @Test
    @DisplayName("CP-IS021 CP-IS034 CP-IS035: another LA's entry is untouched; a child holds CPP, LAC and UCPP from several LAs")
    void severalLas() {
        uploads.process(file(LA_X, "1", child(1, NHS_C, "C-3", "Mary", "Clark", "1995-02-03",
                cpp("2025-01-01"), plan(PlanType.LAC, "2025-02-01", null, null))));
        uploads.process(file(LA_Y, "1", unborn(1, NHS_C, "M-3", "Mary", "Clark", "1995-02-03",
                plan(PlanType.UCPP, "2026-01-01", "2026-06-01", null))));
        ChildRecord r = record(NHS_C);
        assertThat(r.entries()).extracting(e -> e.localAuthorityCode().value()).containsExactlyInAnyOrder("X09", "Y05");
        assertThat(r.entryOf(OdsCode.of("X09")).get().plans()).hasSize(2);
        LocalAuthorityEntry unbornEntry = r.entryOf(OdsCode.of("Y05")).get();
        assertThat(unbornEntry.subjectKind()).isEqualTo(SubjectKind.UNBORN_CHILD);
        assertThat(unbornEntry.birthDate()).as("no age rule for an unborn child's entry").isNull();
        uploads.process(file(LA_Y, "2", unborn(1, NHS_C, "M-3", "Mary", "Clark", "1995-02-03",
                plan(PlanType.UCPP, "2026-01-01", "2026-06-15", null))));
        assertThat(record(NHS_C).entryOf(OdsCode.of("X09")).get().plans()).hasSize(2);
    }

    @Test
    @DisplayName("CP-IS003: an unborn child's plan is verified and stored against the mother's NHS number")
    void unbornStoredAgainstMother() {
        UploadAcknowledgement ack = uploads.process(file(LA_Y, "5", unborn(1, NHS_C, "M-3", "Mary", "Clark",
                "1995-02-03", plan(PlanType.UCPP, "2026-01-01", "2026-06-01", null)))).acknowledgement();
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF02);
        assertThat(record(NHS_C).entries().get(0).plan(PlanType.UCPP)).isPresent();
    }

    @Test
    @DisplayName("CPF05: PDS unavailable - nothing stored, no ledger row, the file can be resent and applied")
    void demographicsUnavailable() {
        pds.setAvailable(false);
        UploadAcknowledgement ack = uploads.process(file(LA_X, "50",
                child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20", cpp("2025-01-01")),
                child(2, NHS_B, "C-2", "Ben", "Brown", "2016-07-01", cpp("2025-01-01")),
                child(3, NHS_C, "C-3", "Mary", "Clark", "1995-02-03", cpp("2025-01-01")))).acknowledgement();
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF05);
        assertThat(ack.problem()).isEqualTo(FileProblem.DEMOGRAPHICS_UNAVAILABLE);
        assertThat(ack.recordsProcessed()).isEqualTo(-1);
        assertThat(record(NHS_A).isEmpty()).isTrue();
        assertThat(store.auditEvents()).isEmpty();
        pds.setAvailable(true);
        UploadResult again = uploads.process(file(LA_X, "50",
                child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20", cpp("2025-01-01")),
                child(2, NHS_B, "C-2", "Ben", "Brown", "2016-07-01", cpp("2025-01-01")),
                child(3, NHS_C, "C-3", "Mary", "Clark", "1995-02-03", cpp("2025-01-01"))));
        assertThat(again.repeat()).isFalse();
        assertThat(again.acknowledgement().fileOutcome()).isEqualTo(FileOutcome.CPF02);
    }

    @Test
    @DisplayName("CPF05 mid-file: records of earlier batches are rolled back too")
    void demographicsFailsMidFile() {
        FailingAfterFirstCall flaky = new FailingAfterFirstCall(pds);
        UploadService service = new UploadService(store, flaky, clock, 1);
        UploadAcknowledgement ack = service.process(file(LA_X, "51",
                child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20", cpp("2025-01-01")),
                child(2, NHS_B, "C-2", "Ben", "Brown", "2016-07-01", cpp("2025-01-01")))).acknowledgement();
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF05);
        assertThat(record(NHS_A).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("CP-IS019 exactly once: a repeat of an applied file returns the original acknowledgement and changes nothing")
    void repeatChangesNothing() {
        var f = file(LA_X, "60", child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20", cpp("2025-01-01")));
        UploadAcknowledgement first = uploads.process(f).acknowledgement();
        int auditRows = store.auditEvents().size();
        uploads.process(file(LA_X, "61", child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20",
                plan(PlanType.CPP, "2025-01-01", "2025-06-01", null))));
        int auditAfterSecond = store.auditEvents().size();
        clock.advance(java.time.Duration.ofHours(1));
        UploadResult repeat = uploads.process(f);
        assertThat(repeat.repeat()).isTrue();
        assertThat(repeat.acknowledgement()).isEqualTo(first);
        assertThat(record(NHS_A).entries().get(0).uploadFileId()).as("the newer file's data stays").isEqualTo("61");
        assertThat(store.auditEvents()).hasSize(auditAfterSecond);
        assertThat(auditAfterSecond).isGreaterThan(auditRows);
    }

    @Test
    @DisplayName("CP-SC016: a different file reusing an applied sequence id is refused CPF01 and changes nothing")
    void sequenceReuse() {
        uploads.process(file(LA_X, "70", child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20", cpp("2025-01-01"))));
        var other = new UploadFile("70", Instant.parse("2026-01-10T10:00:00Z"), 1, LA_X,
                List.of(child(1, NHS_B, "C-2", "Ben", "Brown", "2016-07-01", cpp("2025-01-01"))), "another-hash");
        UploadAcknowledgement ack = uploads.process(other).acknowledgement();
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF01);
        assertThat(ack.problem()).isEqualTo(FileProblem.SEQUENCE_ID_REUSED);
        assertThat(record(NHS_B).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("CP-IS002: transmissionQuantity must equal the records sent, else CPF01 and nothing stored")
    void countMismatch() {
        var f = new UploadFile("80", Instant.parse("2026-01-10T10:00:00Z"), 3, LA_X,
                List.of(child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20", cpp("2025-01-01"))), "h80");
        UploadAcknowledgement ack = uploads.process(f).acknowledgement();
        assertThat(ack.fileOutcome()).isEqualTo(FileOutcome.CPF01);
        assertThat(ack.problem()).isEqualTo(FileProblem.RECORD_COUNT_MISMATCH);
        assertThat(ack.recordsProcessed()).isEqualTo(-1);
        assertThat(record(NHS_A).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("CP-IS002: a file without records or without sequence id is CPF01")
    void emptyOrUnnumbered() {
        var empty = new UploadFile("90", Instant.EPOCH, 0, LA_X, List.of(), "h90");
        assertThat(uploads.process(empty).acknowledgement().problem()).isEqualTo(FileProblem.NO_RECORDS);
        var unnumbered = new UploadFile(" ", Instant.EPOCH, 1, LA_X,
                List.of(child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20", cpp("2025-01-01"))), "h");
        UploadAcknowledgement ack = uploads.process(unnumbered).acknowledgement();
        assertThat(ack.problem()).isEqualTo(FileProblem.SEQUENCE_ID_MISSING);
        assertThat(ack.sequenceId()).isEqualTo("-1");
    }

    @Test
    @DisplayName("CP-IS073 CP-IS075 CP-IS081: each stored or refused record and the file are audited, stored ones with a snapshot")
    void audited() {
        uploads.process(file(LA_X, "100",
                child(1, NHS_A, "C-1", "Amy", "Adams", "2015-05-20", cpp("2025-01-01")),
                child(2, NHS_D, "C-4", "Dan", "Dunn", "2014-01-01", cpp("2025-01-01"))));
        List<AuditEvent> events = store.auditEvents();
        assertThat(events).extracting(AuditEvent::action).containsExactly(AuditAction.RECORD_STORED,
                AuditAction.RECORD_REFUSED, AuditAction.UPLOAD_PROCESSED);
        assertThat(events.get(0).actor()).isEqualTo("la:X09");
        assertThat(events.get(0).subject()).isEqualTo(NhsNumber.of(NHS_A));
        assertThat(org.cpis.core.audit.EntrySnapshot.parse(events.get(0).detail())).isEqualTo(record(NHS_A).entries().get(0));
        assertThat(events.get(1).detail()).contains("CPR01").contains("CPRD19");
        assertThat(events.get(2).detail()).contains("CPF03");
    }

    @Test
    @DisplayName("Streaming: records are read a batch at a time, one PDS call per batch")
    void streamsInBatches() {
        List<org.cpis.core.upload.UploadRecord> many = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            many.add(child(i, NHS_A, "C-" + i, "Amy", "Adams", "2015-05-20", cpp("2025-01-01")));
        }
        CountingIterable records = new CountingIterable(many);
        uploads.process(new UploadFile("110", Instant.EPOCH, 5, LA_X, records, "h110"));
        assertThat(pds.calls()).isEqualTo(3);
        assertThat(records.iterations).isEqualTo(1);
    }

    private static final class CountingIterable implements Iterable<UploadRecord> {
        final List<UploadRecord> items;
        int iterations;

        CountingIterable(List<UploadRecord> items) {
            this.items = items;
        }

        @Override
        public Iterator<UploadRecord> iterator() {
            iterations++;
            return items.iterator();
        }
    }

    private static final class FailingAfterFirstCall implements org.cpis.core.port.Demographics {
        private final FakeDemographics delegate;
        private int calls;

        FailingAfterFirstCall(FakeDemographics delegate) {
            this.delegate = delegate;
        }

        @Override
        public java.util.Optional<DemographicsRecord> lookup(NhsNumber n) {
            return delegate.lookup(n);
        }

        @Override
        public java.util.Map<NhsNumber, DemographicsRecord> lookupAll(java.util.Collection<NhsNumber> n) {
            if (++calls > 1) {
                throw new org.cpis.core.port.DemographicsUnavailableException("PDS timed out");
            }
            return delegate.lookupAll(n);
        }
    }
}
