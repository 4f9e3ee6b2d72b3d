package org.cpis.core.upload;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.audit.EntrySnapshot;
import org.cpis.core.model.LocalAuthority;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.port.Demographics;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.core.port.DemographicsUnavailableException;
import org.cpis.core.port.DuplicateFileException;
import org.cpis.core.port.LedgerEntry;
import org.cpis.core.port.StoreSession;
import org.cpis.core.port.Transactions;

/**
 * Processes one Local Authority Upload file (CP-IS001-003, CP-IS017-021, CP-IS024, CP-IS031, CP-IS034-035):
 * checks every record, verifies its NHS number against PDS, stores the accepted ones with replace semantics,
 * and builds the acknowledgement. The records, the ledger row and the audit rows commit in one transaction:
 * <ul>
 *   <li>a repeat of an applied file (same LA, sequence id and content) returns the original acknowledgement
 *       and changes nothing; the ledger's unique key makes a second application impossible even when two
 *       copies race;</li>
 *   <li>PDS unavailable: CPF05, nothing stored, the LA resends the whole file;</li>
 *   <li>a file whose record count differs from its transmissionQuantity, or with no record, or whose sequence
 *       id this LA already used for another file: CPF01, nothing stored.</li>
 * </ul>
 * Records are read a batch at a time (one PDS call per batch) so a large file streams through; a large file's
 * record results and audit events leave memory for a temporary file ({@link ResultSpilling}), so that the
 * memory a file needs does not grow with its size.
 */
public final class UploadService {

    public static final int DEFAULT_BATCH_SIZE = 500;

    private final Transactions transactions;
    private final Demographics demographics;
    private final Clock clock;
    private final int batchSize;
    private final UploadRecordChecks checks = new UploadRecordChecks();
    private final DemographicsVerdict verdict = new DemographicsVerdict(new PdsCrossCheck());
    private final FileOutcomeRule fileOutcome = new FileOutcomeRule();
    private final ResultSpilling spilling;

    private static final SpillCodec<RecordResult> RESULTS = new RecordResultSpillCodec();
    private static final SpillCodec<AuditEvent> AUDIT_EVENTS = new AuditEventSpillCodec();

    public UploadService(Transactions transactions, Demographics demographics, Clock clock, int batchSize,
                         ResultSpilling spilling) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.transactions = transactions;
        this.demographics = demographics;
        this.clock = clock;
        this.batchSize = batchSize;
        this.spilling = Objects.requireNonNull(spilling, "spilling");
    }

    public UploadService(Transactions transactions, Demographics demographics, Clock clock, int batchSize) {
        this(transactions, demographics, clock, batchSize, ResultSpilling.DEFAULTS);
    }

    public UploadService(Transactions transactions, Demographics demographics, Clock clock) {
        this(transactions, demographics, clock, DEFAULT_BATCH_SIZE);
    }

    public UploadResult process(UploadFile file) {
        Instant now = clock.instant();
        if (file.sequenceId() == null || file.sequenceId().isBlank()) {
            return fresh(fileLevel(file, UploadAcknowledgement.UNKNOWN_SEQUENCE_ID, FileProblem.SEQUENCE_ID_MISSING, now));
        }
        Optional<OdsCode> la = file.sender().code();
        try {
            return transactions.inTransaction(s -> apply(s, file, la, now));
        } catch (FileRejected rejected) {
            return fresh(fileLevel(file, file.sequenceId(), rejected.problem, now));
        } catch (DemographicsUnavailableException e) {
            return fresh(fileLevel(file, file.sequenceId(), FileProblem.DEMOGRAPHICS_UNAVAILABLE, now));
        } catch (DuplicateFileException raced) {
            return afterRace(file, la.orElseThrow(), now, raced);
        }
    }

    /** Another copy of the file committed first: answer as its repeat (or refuse a different file). */
    private UploadResult afterRace(UploadFile file, OdsCode la, Instant now, DuplicateFileException raced) {
        try {
            return transactions.inTransaction(s -> repeatOf(s, file, la, now)).orElseThrow(() -> raced);
        } catch (FileRejected rejected) {
            return fresh(fileLevel(file, file.sequenceId(), rejected.problem, now));
        }
    }

    private UploadResult apply(StoreSession s, UploadFile file, Optional<OdsCode> la, Instant now) {
        if (la.isPresent()) {
            Optional<UploadResult> repeat = repeatOf(s, file, la.get(), now);
            if (repeat.isPresent()) {
                return repeat.get();
            }
        }
        try (SpillingBuffer<RecordResult> results = new SpillingBuffer<>(spilling, RESULTS, "results");
             SpillingBuffer<AuditEvent> audit = new SpillingBuffer<>(spilling, AUDIT_EVENTS, "audit")) {
            long successful = 0;
            Iterator<UploadRecord> records = file.records().iterator();
            while (records.hasNext()) {
                List<UploadRecord> batch = new ArrayList<>(batchSize);
                while (records.hasNext() && batch.size() < batchSize) {
                    batch.add(records.next());
                }
                for (RecordResult result : processBatch(s, file, batch, now, audit)) {
                    results.add(result);
                    successful += result.isSuccess() ? 1 : 0;
                }
            }
            int processed = results.size();
            if (processed == 0) {
                throw new FileRejected(FileProblem.NO_RECORDS);
            }
            if (processed != file.declaredRecordCount()) {
                throw new FileRejected(FileProblem.RECORD_COUNT_MISMATCH);
            }
            UploadAcknowledgement ack = new UploadAcknowledgement(file.sequenceId(), file.sender(), now,
                    fileOutcome.outcomeOf(successful, processed), null, processed, results.finish());
            if (la.isPresent()) {
                s.fileLedger().record(new LedgerEntry(la.get(), file.sequenceId(), file.contentHash(), now, ack));
            }
            audit.add(new AuditEvent(now, AuditAction.UPLOAD_PROCESSED, actorOf(file), la.orElse(null), null,
                    "file " + file.sequenceId() + " " + ack.fileOutcome() + " records=" + processed
                            + " successful=" + successful + " failed=" + (processed - successful)));
            // last: the audit chain is shared by every use case, so its lock is held for the shortest time (one
            // append for a file whose events stayed in memory, chunks of the spill file's size for a large one)
            audit.forEachChunk(Math.max(1, spilling.inMemoryLimit()), s.auditTrail()::appendAll);
            return new UploadResult(ack, false);
        }
    }

    private Optional<UploadResult> repeatOf(StoreSession s, UploadFile file, OdsCode la, Instant now) {
        return s.fileLedger().find(la, file.sequenceId()).map(entry -> {
            if (!entry.contentHash().equals(file.contentHash())) {
                throw new FileRejected(FileProblem.SEQUENCE_ID_REUSED);
            }
            return new UploadResult(entry.acknowledgement(), true);
        });
    }

    private List<RecordResult> processBatch(StoreSession s, UploadFile file, List<UploadRecord> batch, Instant now,
                                            SpillingBuffer<AuditEvent> audit) {
        List<RecordResult> results = new ArrayList<>(batch.size());
        List<RecordResult> pending = new ArrayList<>();
        for (UploadRecord r : batch) {
            Optional<RecordDetail> failure = checks.firstFailure(r, file.sender());
            RecordResult result = failure.map(d -> RecordResult.failure(r, d)).orElse(null);
            results.add(result);
            if (result == null) {
                pending.add(RecordResult.success(r));
            }
        }
        Map<NhsNumber, DemographicsRecord> people = pending.isEmpty() ? Map.of()
                : demographics.lookupAll(nhsNumbers(pending));
        LocalAuthority la = file.sender().validated().orElse(null);
        String actor = actorOf(file);
        for (int i = 0; i < batch.size(); i++) {
            UploadRecord r = batch.get(i);
            if (results.get(i) == null) {
                NhsNumber nhs = NhsNumber.of(r.nhsNumber());
                DemographicsRecord person = people.get(nhs);
                Optional<RecordDetail> failure = verdict.assess(r, Optional.ofNullable(person));
                if (failure.isPresent()) {
                    results.set(i, RecordResult.failure(r, failure.get()));
                } else {
                    LocalAuthorityEntry entry = entryOf(r, nhs, la, person, file.sequenceId(), now);
                    s.records().replace(entry);
                    if (entry.subjectKind() == SubjectKind.CHILD) {
                        s.auditTrail().registerSubject(nhs, entry.birthDate());
                    }
                    audit.add(new AuditEvent(now, AuditAction.RECORD_STORED, actor, la.code(), nhs,
                            EntrySnapshot.format(entry)));
                    results.set(i, RecordResult.success(r));
                }
            }
            RecordResult result = results.get(i);
            if (!result.isSuccess()) {
                audit.add(new AuditEvent(now, AuditAction.RECORD_REFUSED, actor, file.sender().code().orElse(null),
                        NhsNumber.isValid(r.nhsNumber()) ? NhsNumber.of(r.nhsNumber()) : null,
                        "file " + file.sequenceId() + " " + result.describe()));
            }
        }
        return results;
    }

    private static Collection<NhsNumber> nhsNumbers(List<RecordResult> pending) {
        return pending.stream().map(p -> NhsNumber.of(p.record().nhsNumber())).distinct().toList();
    }

    private static LocalAuthorityEntry entryOf(UploadRecord r, NhsNumber nhs, LocalAuthority la,
                                               DemographicsRecord person, String fileId, Instant now) {
        // the child's PDS date of birth drives the age rules; an unborn child's entry is held against the mother
        var birthDate = r.subjectKind() == SubjectKind.CHILD ? person.birthDate() : null;
        return new LocalAuthorityEntry(nhs, la, r.localId(), r.subjectKind(), birthDate, r.plans(), fileId, now);
    }

    private static String actorOf(UploadFile file) {
        return "la:" + (file.sender().odsCode() == null ? "?" : file.sender().odsCode().strip());
    }

    private static UploadAcknowledgement fileLevel(UploadFile file, String sequenceId, FileProblem problem, Instant now) {
        return new UploadAcknowledgement(sequenceId, file.sender(), now, problem.outcome(), problem, -1, List.of());
    }

    private static UploadResult fresh(UploadAcknowledgement ack) {
        return new UploadResult(ack, false);
    }

    /** Thrown inside the transaction to roll it back when the whole file is refused. */
    private static final class FileRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient FileProblem problem;

        FileRejected(FileProblem problem) {
            super(problem.code() + " " + problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}
