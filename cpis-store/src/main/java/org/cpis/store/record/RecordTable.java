package org.cpis.store.record;

import static org.cpis.store.jooq.Tables.LA_ENTRY;
import static org.cpis.store.jooq.Tables.LA_ENTRY_PLAN;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.cpis.core.model.ChildRecord;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.port.RecordStore;
import org.cpis.store.jooq.tables.records.LaEntryRecord;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * The CP-IS records in {@code la_entry} and {@code la_entry_plan}. A record is read with one indexed query
 * (entries joined to their plans by NHS number); a replace takes the entry's row lock, so two uploads for the
 * same child and LA apply one after the other.
 */
public final class RecordTable implements RecordStore {

    private static final int CURSOR_FETCH_SIZE = 500;
    private static final List<SortField<?>> ENTRY_ORDER = List.of(
            LA_ENTRY.NHS_NUMBER.asc(), LA_ENTRY.LA_ODS_CODE.asc(), LA_ENTRY_PLAN.PLAN_ORDER.asc());

    private final DSLContext dsl;

    public RecordTable(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public ChildRecord find(NhsNumber nhsNumber) {
        return new ChildRecord(nhsNumber, entriesWhere(LA_ENTRY.NHS_NUMBER.eq(nhsNumber.value())));
    }

    @Override
    public Map<NhsNumber, ChildRecord> findAll(Collection<NhsNumber> nhsNumbers) {
        if (nhsNumbers.isEmpty()) {
            return Map.of();
        }
        String[] values = nhsNumbers.stream().map(NhsNumber::value).distinct().toArray(String[]::new);
        Map<NhsNumber, ChildRecord> records = new HashMap<>();
        entriesWhere(LA_ENTRY.NHS_NUMBER.eq(DSL.any(values))).stream()
                .collect(Collectors.groupingBy(LocalAuthorityEntry::nhsNumber))
                .forEach((number, entries) -> records.put(number, new ChildRecord(number, entries)));
        return Map.copyOf(records);
    }

    /**
     * Reads the entry it replaces under a row lock, then writes the new one: the entry row is inserted or
     * updated in place (so two first uploads for the same child and LA cannot both insert), its old plans are
     * deleted and the new ones inserted in one statement.
     */
    @Override
    public Optional<LocalAuthorityEntry> replace(LocalAuthorityEntry entry) {
        Condition sameEntry = LA_ENTRY.NHS_NUMBER.eq(entry.nhsNumber().value())
                .and(LA_ENTRY.LA_ODS_CODE.eq(entry.localAuthorityCode().value()));
        Optional<LocalAuthorityEntry> previous = EntryRows.entries(
                selectEntries().where(sameEntry).orderBy(ENTRY_ORDER).forUpdate().of(LA_ENTRY).fetch())
                .stream().findFirst();
        LaEntryRecord row = EntryRows.entryRow(entry);
        long entryId = dsl.insertInto(LA_ENTRY).set(row)
                .onConflict(LA_ENTRY.NHS_NUMBER, LA_ENTRY.LA_ODS_CODE).doUpdate().set(row)
                .returningResult(LA_ENTRY.ENTRY_ID)
                .fetchSingle().value1();
        dsl.deleteFrom(LA_ENTRY_PLAN).where(LA_ENTRY_PLAN.ENTRY_ID.eq(entryId)).execute();
        if (!entry.plans().isEmpty()) {
            dsl.insertInto(LA_ENTRY_PLAN).columns(LA_ENTRY_PLAN.fields())
                    .valuesOfRecords(EntryRows.planRows(entryId, entry.plans()))
                    .execute();
        }
        return previous;
    }

    @Override
    public boolean remove(NhsNumber nhsNumber, OdsCode localAuthority) {
        return dsl.deleteFrom(LA_ENTRY)
                .where(LA_ENTRY.NHS_NUMBER.eq(nhsNumber.value()), LA_ENTRY.LA_ODS_CODE.eq(localAuthority.value()))
                .execute() > 0;
    }

    /** Streams the entries through a server-side cursor, {@value #CURSOR_FETCH_SIZE} rows at a time. */
    @Override
    public void forEachEntry(Consumer<LocalAuthorityEntry> visitor) {
        EntryRows.Assembler assembler = new EntryRows.Assembler(visitor);
        try (Cursor<Record> rows = selectEntries().orderBy(ENTRY_ORDER).fetchSize(CURSOR_FETCH_SIZE).fetchLazy()) {
            rows.forEach(assembler::accept);
        }
        assembler.finish();
    }

    private List<LocalAuthorityEntry> entriesWhere(Condition condition) {
        return EntryRows.entries(selectEntries().where(condition).orderBy(ENTRY_ORDER).fetch());
    }

    private SelectOnConditionStep<Record> selectEntries() {
        return dsl.select(LA_ENTRY.fields())
                .select(LA_ENTRY_PLAN.PLAN_TYPE, LA_ENTRY_PLAN.START_DATE, LA_ENTRY_PLAN.END_DATE, LA_ENTRY_PLAN.DELETE_DATE)
                .from(LA_ENTRY)
                .leftJoin(LA_ENTRY_PLAN).on(LA_ENTRY_PLAN.ENTRY_ID.eq(LA_ENTRY.ENTRY_ID));
    }
}
