package org.cpis.store.demographics;

import static org.cpis.store.jooq.Tables.DEMOGRAPHICS_CHANGE;
import static org.cpis.store.jooq.Tables.DEMOGRAPHICS_PERSON;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.cpis.core.exchange.DemographicsChange;
import org.cpis.core.exchange.DemographicsChanges;
import org.cpis.core.model.NhsNumber;
import org.cpis.store.jooq.tables.records.DemographicsChangeRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The demographics change feed (CP-IS012) in {@code demographics_change}. A change is recorded once: a unique index
 * on (inactive number, replacement with an unknown one read as '') and {@code INSERT ... ON CONFLICT DO NOTHING}
 * make a second recording of the same change, from this node or another, find the first instead. A newly recorded
 * change with a known replacement also sets {@code superseded_by} of the inactive number in the PDS stand-in
 * ({@code demographics_person}), in the same transaction, so that uploads for the old number get CPR05 from then
 * on; a number the stand-in does not hold is not added to it, and a change without a replacement leaves the
 * stand-in as it is (it can only say "superseded" by naming the replacement).
 */
public final class DemographicsChangeTable implements DemographicsChanges {

    private static final Field<String> REPLACEMENT_OR_EMPTY = DSL.coalesce(DEMOGRAPHICS_CHANGE.REPLACEMENT_NHS_NUMBER,
            DSL.inline(""));

    private final DSLContext dsl;

    public DemographicsChangeTable(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public DemographicsChange record(NhsNumber inactive, NhsNumber replacement, DemographicsChange.Kind kind,
                                     Instant at) {
        InactiveNumber change = new InactiveNumber(inactive, replacement, kind);
        Objects.requireNonNull(at, "at");
        return dsl.transactionResult(transaction -> record(transaction.dsl(), change, at).change());
    }

    /**
     * Records every change in one transaction: either all are in the feed afterwards or none of those new is.
     *
     * @return how many were new (the others were in the feed already and were left as they were)
     */
    public int recordAll(Collection<InactiveNumber> changes, Instant at) {
        List<InactiveNumber> all = List.copyOf(changes);
        Objects.requireNonNull(at, "at");
        return dsl.transactionResult(transaction -> {
            int added = 0;
            for (InactiveNumber change : all) {
                if (record(transaction.dsl(), change, at).added()) {
                    added++;
                }
            }
            return added;
        });
    }

    @Override
    public List<DemographicsChange> pending(int limit) {
        return dsl.selectFrom(DEMOGRAPHICS_CHANGE)
                .where(DEMOGRAPHICS_CHANGE.NOTIFIED_AT.isNull())
                .orderBy(DEMOGRAPHICS_CHANGE.CHANGE_ID)
                .limit(limit)
                .fetch(DemographicsChangeTable::change);
    }

    /** Sets when each change was notified; a change already marked keeps its first time. */
    @Override
    public void markNotified(List<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        dsl.update(DEMOGRAPHICS_CHANGE)
                .set(DEMOGRAPHICS_CHANGE.NOTIFIED_AT, at)
                .where(DEMOGRAPHICS_CHANGE.CHANGE_ID.eq(DSL.any(ids.toArray(Long[]::new)))
                        .and(DEMOGRAPHICS_CHANGE.NOTIFIED_AT.isNull()))
                .execute();
    }

    private static Recorded record(DSLContext tx, InactiveNumber change, Instant at) {
        String inactive = change.inactive().value();
        String replacement = change.replacement() == null ? null : change.replacement().value();
        DemographicsChangeRecord inserted = tx.insertInto(DEMOGRAPHICS_CHANGE)
                .set(DEMOGRAPHICS_CHANGE.INACTIVE_NHS_NUMBER, inactive)
                .set(DEMOGRAPHICS_CHANGE.REPLACEMENT_NHS_NUMBER, replacement)
                .set(DEMOGRAPHICS_CHANGE.KIND, change.kind().name())
                .set(DEMOGRAPHICS_CHANGE.RECORDED_AT, at)
                .onConflictDoNothing()
                .returning()
                .fetchOne();
        if (inserted == null) {
            return new Recorded(tx.selectFrom(DEMOGRAPHICS_CHANGE)
                    .where(DEMOGRAPHICS_CHANGE.INACTIVE_NHS_NUMBER.eq(inactive)
                            .and(REPLACEMENT_OR_EMPTY.eq(replacement == null ? "" : replacement)))
                    .fetchSingle(DemographicsChangeTable::change), false);
        }
        if (replacement != null) {
            tx.update(DEMOGRAPHICS_PERSON)
                    .set(DEMOGRAPHICS_PERSON.SUPERSEDED_BY, replacement)
                    .where(DEMOGRAPHICS_PERSON.NHS_NUMBER.eq(inactive))
                    .execute();
        }
        return new Recorded(change(inserted), true);
    }

    private static DemographicsChange change(DemographicsChangeRecord r) {
        String replacement = r.getReplacementNhsNumber();
        return new DemographicsChange(r.getChangeId(), new NhsNumber(r.getInactiveNhsNumber()),
                replacement == null ? null : new NhsNumber(replacement),
                DemographicsChange.Kind.valueOf(r.getKind()), r.getRecordedAt());
    }

    private record Recorded(DemographicsChange change, boolean added) {
    }
}
