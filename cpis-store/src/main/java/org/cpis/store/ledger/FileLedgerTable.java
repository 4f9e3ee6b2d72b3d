package org.cpis.store.ledger;

import static org.cpis.store.jooq.Tables.UPLOAD_FILE;
import static org.cpis.store.jooq.Tables.UPLOAD_RECORD_PLAN;
import static org.cpis.store.jooq.Tables.UPLOAD_RECORD_RESULT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpis.core.model.OdsCode;
import org.cpis.core.port.DuplicateFileException;
import org.cpis.core.port.FileLedger;
import org.cpis.core.port.LedgerEntry;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.FileProblem;
import org.cpis.core.upload.RecordResult;
import org.cpis.core.upload.ResultSpilling;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.store.jooq.tables.records.UploadFileRecord;
import org.cpis.store.jooq.tables.records.UploadRecordPlanRecord;
import org.jooq.DSLContext;
import org.jooq.Record1;

/**
 * Applied upload files in {@code upload_file}, unique by (LA, sequence id), each with its whole
 * acknowledgement, so that a repeated file gets back exactly the acknowledgement it was first given. An
 * acknowledgement returns every record of its file, so both ways go a chunk of {@value #CHUNK} results at a time:
 * {@link #record} inserts while it iterates the (possibly spilled) results, and {@link #find} reads them back page
 * by page into the {@link ResultSpilling} it is given, so a repeat of a file of any size is answered in bounded
 * memory.
 */
public final class FileLedgerTable implements FileLedger {

    /** Results inserted per statement and read per page. */
    static final int CHUNK = 1_000;

    private final DSLContext dsl;
    private final ResultSpilling spilling;

    /**
     * @param dsl      the transaction's context (a {@code StoreSession}'s)
     * @param spilling where the results of an entry read back go once they pass its in-memory limit
     */
    public FileLedgerTable(DSLContext dsl, ResultSpilling spilling) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.spilling = Objects.requireNonNull(spilling, "spilling");
    }

    /**
     * Reads the file, then its record results joined to their plans, a page at a time, into memory or a spill
     * file ({@link ResultSpilling#collect}).
     */
    @Override
    public Optional<LedgerEntry> find(OdsCode localAuthority, String sequenceId) {
        UploadFileRecord file = dsl.selectFrom(UPLOAD_FILE)
                .where(UPLOAD_FILE.LA_ODS_CODE.eq(localAuthority.value()), UPLOAD_FILE.SEQUENCE_ID.eq(sequenceId))
                .fetchOne();
        if (file == null) {
            return Optional.empty();
        }
        List<RecordResult> results = spilling.collect(new LedgerResultPages(dsl, file.getFileId(), CHUNK));
        UploadAcknowledgement acknowledgement = new UploadAcknowledgement(file.getAckSequenceId(), recipient(file),
                file.getAckCreatedAt(), FileOutcome.valueOf(file.getFileOutcome()), problemOf(file.getFileProblem()),
                file.getRecordsProcessed(), results);
        return Optional.of(new LedgerEntry(localAuthority, sequenceId, file.getContentHash(), file.getProcessedAt(),
                acknowledgement));
    }

    /**
     * Inserts the file unless its (LA, sequence id) is already there, in which case nothing is written and
     * {@link DuplicateFileException} is thrown for the caller's transaction to roll back. The results are read
     * once, in order, and inserted {@value #CHUNK} at a time with their plans.
     */
    @Override
    public void record(LedgerEntry entry) throws DuplicateFileException {
        UploadAcknowledgement ack = entry.acknowledgement();
        long fileId = dsl.insertInto(UPLOAD_FILE).set(fileRow(entry))
                .onConflict(UPLOAD_FILE.LA_ODS_CODE, UPLOAD_FILE.SEQUENCE_ID).doNothing()
                .returningResult(UPLOAD_FILE.FILE_ID)
                .fetchOptional()
                .map(Record1::value1)
                .orElseThrow(() -> new DuplicateFileException("upload file " + entry.sequenceId() + " of "
                        + entry.localAuthority() + " is already in the file ledger", null));
        List<RecordResult> chunk = new ArrayList<>(CHUNK);
        int first = 0;
        for (RecordResult result : ack.results()) {
            chunk.add(result);
            if (chunk.size() == CHUNK) {
                insert(fileId, first, chunk);
                first += chunk.size();
                chunk.clear();
            }
        }
        insert(fileId, first, chunk);
    }

    private void insert(long fileId, int first, List<RecordResult> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        dsl.insertInto(UPLOAD_RECORD_RESULT).columns(UPLOAD_RECORD_RESULT.fields())
                .valuesOfRecords(RecordResultRows.resultRows(fileId, first, chunk))
                .execute();
        List<UploadRecordPlanRecord> plans = RecordResultRows.planRows(fileId, first, chunk);
        // a record may carry any number of plans as sent: at most CHUNK rows (7 values each) per statement
        for (int from = 0; from < plans.size(); from += CHUNK) {
            dsl.insertInto(UPLOAD_RECORD_PLAN).columns(UPLOAD_RECORD_PLAN.fields())
                    .valuesOfRecords(plans.subList(from, Math.min(plans.size(), from + CHUNK)))
                    .execute();
        }
    }

    private static UploadFileRecord fileRow(LedgerEntry entry) {
        UploadAcknowledgement ack = entry.acknowledgement();
        UploadFileRecord row = new UploadFileRecord();
        row.setLaOdsCode(entry.localAuthority().value());
        row.setSequenceId(entry.sequenceId());
        row.setContentHash(entry.contentHash());
        row.setProcessedAt(entry.processedAt());
        row.setAckSequenceId(ack.sequenceId());
        row.setAckCreatedAt(ack.createdAt());
        if (ack.recipient() != null) {
            row.setSenderOdsCode(ack.recipient().odsCode());
            row.setSenderName(ack.recipient().name());
            row.setSenderEmergencyDutyPhone(ack.recipient().emergencyDutyPhone());
            row.setSenderOfficeHoursPhone(ack.recipient().officeHoursPhone());
        }
        row.setFileOutcome(ack.fileOutcome().name());
        row.setFileProblem(ack.problem() == null ? null : ack.problem().code());
        row.setRecordsProcessed(ack.recordsProcessed());
        return row;
    }

    /** The LA as its file named it; no recipient at all when none of its four items was there. */
    private static UploadedLocalAuthority recipient(UploadFileRecord file) {
        if (file.getSenderOdsCode() == null && file.getSenderName() == null
                && file.getSenderEmergencyDutyPhone() == null && file.getSenderOfficeHoursPhone() == null) {
            return null;
        }
        return new UploadedLocalAuthority(file.getSenderOdsCode(), file.getSenderName(),
                file.getSenderEmergencyDutyPhone(), file.getSenderOfficeHoursPhone());
    }

    private static FileProblem problemOf(String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(FileProblem.values())
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the file ledger holds an unknown file problem code " + code));
    }
}
