package org.cpis.store.ledger;

import static org.cpis.store.jooq.Tables.UPLOAD_FILE;
import static org.cpis.store.jooq.Tables.UPLOAD_RECORD_PLAN;
import static org.cpis.store.jooq.Tables.UPLOAD_RECORD_RESULT;

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
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.store.jooq.tables.records.UploadFileRecord;
import org.jooq.DSLContext;
import org.jooq.Record1;

/**
 * Applied upload files in {@code upload_file}, unique by (LA, sequence id), each with its whole
 * acknowledgement, so that a repeated file gets back exactly the acknowledgement it was first given.
 */
public final class FileLedgerTable implements FileLedger {

    private final DSLContext dsl;

    public FileLedgerTable(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /** Two reads: the file, then its record results joined to their plans. */
    @Override
    public Optional<LedgerEntry> find(OdsCode localAuthority, String sequenceId) {
        UploadFileRecord file = dsl.selectFrom(UPLOAD_FILE)
                .where(UPLOAD_FILE.LA_ODS_CODE.eq(localAuthority.value()), UPLOAD_FILE.SEQUENCE_ID.eq(sequenceId))
                .fetchOne();
        if (file == null) {
            return Optional.empty();
        }
        List<RecordResult> results = RecordResultRows.results(dsl.select()
                .from(UPLOAD_RECORD_RESULT)
                .leftJoin(UPLOAD_RECORD_PLAN).on(UPLOAD_RECORD_PLAN.FILE_ID.eq(UPLOAD_RECORD_RESULT.FILE_ID),
                        UPLOAD_RECORD_PLAN.RESULT_INDEX.eq(UPLOAD_RECORD_RESULT.RESULT_INDEX))
                .where(UPLOAD_RECORD_RESULT.FILE_ID.eq(file.getFileId()))
                .orderBy(UPLOAD_RECORD_RESULT.RESULT_INDEX, UPLOAD_RECORD_PLAN.PLAN_INDEX)
                .fetch());
        UploadAcknowledgement acknowledgement = new UploadAcknowledgement(file.getAckSequenceId(), recipient(file),
                file.getAckCreatedAt(), FileOutcome.valueOf(file.getFileOutcome()), problemOf(file.getFileProblem()),
                file.getRecordsProcessed(), results);
        return Optional.of(new LedgerEntry(localAuthority, sequenceId, file.getContentHash(), file.getProcessedAt(),
                acknowledgement));
    }

    /**
     * Inserts the file unless its (LA, sequence id) is already there, in which case nothing is written and
     * {@link DuplicateFileException} is thrown for the caller's transaction to roll back.
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
        dsl.batchInsert(RecordResultRows.resultRows(fileId, ack.results())).execute();
        dsl.batchInsert(RecordResultRows.planRows(fileId, ack.results())).execute();
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
