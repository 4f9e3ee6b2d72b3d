package org.cpis.store.ledger;

import static org.cpis.store.jooq.Tables.UPLOAD_RECORD_PLAN;
import static org.cpis.store.jooq.Tables.UPLOAD_RECORD_RESULT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.upload.RecordDetail;
import org.cpis.core.upload.RecordOutcome;
import org.cpis.core.upload.RecordResult;
import org.cpis.core.upload.UploadRecord;
import org.cpis.store.jooq.tables.records.UploadRecordPlanRecord;
import org.cpis.store.jooq.tables.records.UploadRecordResultRecord;
import org.jooq.Record;

/**
 * How an acknowledgement's record results map to {@code upload_record_result} rows (in acknowledgement order,
 * numbered from 0 by {@code result_index}) with the records' plans as sent in {@code upload_record_plan}, and back,
 * a chunk at a time. Detail codes are stored as their
 * stable codes (e.g. CPRD19), never as Java names.
 */
final class RecordResultRows {

    private RecordResultRows() {
    }

    /** The rows of {@code results}, the first of which is result number {@code firstIndex} of the file. */
    static List<UploadRecordResultRecord> resultRows(long fileId, int firstIndex, List<RecordResult> results) {
        List<UploadRecordResultRecord> rows = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            RecordResult result = results.get(i);
            UploadRecord record = result.record();
            rows.add(new UploadRecordResultRecord(fileId, firstIndex + i, record.position(),
                    record.subjectKind().name(), record.nhsNumber(), record.localId(), record.name().given(),
                    record.name().family(), record.birthDate(), result.outcome().name(),
                    result.detail() == null ? null : result.detail().code()));
        }
        return rows;
    }

    /** The plan rows of {@code results}, the first of which is result number {@code firstIndex} of the file. */
    static List<UploadRecordPlanRecord> planRows(long fileId, int firstIndex, List<RecordResult> results) {
        List<UploadRecordPlanRecord> rows = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            List<Plan> plans = results.get(i).record().plans();
            for (int p = 0; p < plans.size(); p++) {
                Plan plan = plans.get(p);
                rows.add(new UploadRecordPlanRecord(fileId, firstIndex + i, p, plan.type().name(), plan.start(),
                        plan.end(), plan.delete()));
            }
        }
        return rows;
    }

    /** Reads rows of {@code upload_record_result left join upload_record_plan} ordered by result, then plan. */
    static List<RecordResult> results(Iterable<? extends Record> rows) {
        List<RecordResult> results = new ArrayList<>();
        Record resultRow = null;
        List<Plan> plans = new ArrayList<>();
        for (Record row : rows) {
            if (resultRow != null && !resultRow.get(UPLOAD_RECORD_RESULT.RESULT_INDEX)
                    .equals(row.get(UPLOAD_RECORD_RESULT.RESULT_INDEX))) {
                results.add(result(resultRow, plans));
                plans.clear();
            }
            resultRow = row;
            if (row.get(UPLOAD_RECORD_PLAN.PLAN_TYPE) != null) {
                plans.add(new Plan(PlanType.valueOf(row.get(UPLOAD_RECORD_PLAN.PLAN_TYPE)),
                        row.get(UPLOAD_RECORD_PLAN.START_DATE), row.get(UPLOAD_RECORD_PLAN.END_DATE),
                        row.get(UPLOAD_RECORD_PLAN.DELETE_DATE)));
            }
        }
        if (resultRow != null) {
            results.add(result(resultRow, plans));
        }
        return results;
    }

    private static RecordResult result(Record row, List<Plan> plans) {
        UploadRecord record = new UploadRecord(row.get(UPLOAD_RECORD_RESULT.RECORD_POSITION),
                SubjectKind.valueOf(row.get(UPLOAD_RECORD_RESULT.SUBJECT_KIND)), row.get(UPLOAD_RECORD_RESULT.NHS_NUMBER),
                row.get(UPLOAD_RECORD_RESULT.LOCAL_ID),
                new PersonName(row.get(UPLOAD_RECORD_RESULT.GIVEN_NAME), row.get(UPLOAD_RECORD_RESULT.FAMILY_NAME)),
                row.get(UPLOAD_RECORD_RESULT.BIRTH_DATE), plans);
        String detail = row.get(UPLOAD_RECORD_RESULT.DETAIL);
        return new RecordResult(record, RecordOutcome.valueOf(row.get(UPLOAD_RECORD_RESULT.OUTCOME)),
                detail == null ? null : detailOf(detail));
    }

    private static RecordDetail detailOf(String code) {
        return Arrays.stream(RecordDetail.values())
                .filter(d -> d.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the file ledger holds an unknown record detail code "
                        + code));
    }
}
