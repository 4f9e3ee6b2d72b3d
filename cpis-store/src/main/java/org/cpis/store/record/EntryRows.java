package org.cpis.store.record;

import static org.cpis.store.jooq.Tables.LA_ENTRY;
import static org.cpis.store.jooq.Tables.LA_ENTRY_PLAN;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cpis.core.model.LocalAuthority;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.model.TelephoneNumber;
import org.cpis.store.jooq.tables.records.LaEntryPlanRecord;
import org.cpis.store.jooq.tables.records.LaEntryRecord;
import org.jooq.Record;

/** How an LA entry maps to a {@code la_entry} row and its {@code la_entry_plan} rows, and back. */
final class EntryRows {

    private EntryRows() {
    }

    static LaEntryRecord entryRow(LocalAuthorityEntry entry) {
        LocalAuthority la = entry.localAuthority();
        LaEntryRecord row = new LaEntryRecord();
        row.setNhsNumber(entry.nhsNumber().value());
        row.setLaOdsCode(la.code().value());
        row.setLaName(la.name());
        row.setEmergencyDutyPhone(la.emergencyDutyPhone().digits());
        row.setOfficeHoursPhone(la.officeHours().map(TelephoneNumber::digits).orElse(null));
        row.setLocalChildId(entry.localChildId());
        row.setSubjectKind(entry.subjectKind().name());
        row.setBirthDate(entry.birthDate());
        row.setUploadFileId(entry.uploadFileId());
        row.setReceivedAt(entry.receivedAt());
        return row;
    }

    /** The plan rows of an entry, numbered in the entry's order so that they read back in it. */
    static List<LaEntryPlanRecord> planRows(long entryId, List<Plan> plans) {
        List<LaEntryPlanRecord> rows = new ArrayList<>(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            rows.add(new LaEntryPlanRecord(entryId, plan.type().name(), (short) i, plan.start(), plan.end(),
                    plan.delete()));
        }
        return rows;
    }

    /** Reads rows of {@code la_entry left join la_entry_plan}, each entry's rows together, plans in order. */
    static List<LocalAuthorityEntry> entries(Iterable<? extends Record> rows) {
        List<LocalAuthorityEntry> entries = new ArrayList<>();
        Assembler assembler = new Assembler(entries::add);
        rows.forEach(assembler::accept);
        assembler.finish();
        return entries;
    }

    /** Turns consecutive joined rows into entries, handing each on as soon as its last row has been read. */
    static final class Assembler {
        private final Consumer<LocalAuthorityEntry> sink;
        private final List<Plan> plans = new ArrayList<>();
        private Record entryRow;

        Assembler(Consumer<LocalAuthorityEntry> sink) {
            this.sink = sink;
        }

        void accept(Record row) {
            if (entryRow != null && !entryRow.get(LA_ENTRY.ENTRY_ID).equals(row.get(LA_ENTRY.ENTRY_ID))) {
                finish();
            }
            if (entryRow == null) {
                entryRow = row;
            }
            if (row.get(LA_ENTRY_PLAN.PLAN_TYPE) != null) {
                plans.add(new Plan(PlanType.valueOf(row.get(LA_ENTRY_PLAN.PLAN_TYPE)), row.get(LA_ENTRY_PLAN.START_DATE),
                        row.get(LA_ENTRY_PLAN.END_DATE), row.get(LA_ENTRY_PLAN.DELETE_DATE)));
            }
        }

        void finish() {
            if (entryRow != null) {
                sink.accept(entry(entryRow, plans));
                entryRow = null;
                plans.clear();
            }
        }
    }

    private static LocalAuthorityEntry entry(Record row, List<Plan> plans) {
        String office = row.get(LA_ENTRY.OFFICE_HOURS_PHONE);
        LocalAuthority la = new LocalAuthority(new OdsCode(row.get(LA_ENTRY.LA_ODS_CODE)), row.get(LA_ENTRY.LA_NAME),
                new TelephoneNumber(row.get(LA_ENTRY.EMERGENCY_DUTY_PHONE)),
                office == null ? null : new TelephoneNumber(office));
        return new LocalAuthorityEntry(new NhsNumber(row.get(LA_ENTRY.NHS_NUMBER)), la, row.get(LA_ENTRY.LOCAL_CHILD_ID),
                SubjectKind.valueOf(row.get(LA_ENTRY.SUBJECT_KIND)), row.get(LA_ENTRY.BIRTH_DATE), plans,
                row.get(LA_ENTRY.UPLOAD_FILE_ID), row.get(LA_ENTRY.RECEIVED_AT));
    }
}
