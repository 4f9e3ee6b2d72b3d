package org.cpis.store.demographics;

import static org.cpis.store.jooq.Tables.DEMOGRAPHICS_PERSON;
import static org.cpis.store.jooq.Tables.DEMOGRAPHICS_NAME;
import static org.cpis.store.jooq.Tables.DEMOGRAPHICS_STATUS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PersonName;
import org.cpis.core.port.Demographics;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.core.port.DemographicsUnavailableException;
import org.cpis.store.jooq.tables.records.DemographicsNameRecord;
import org.cpis.store.jooq.tables.records.DemographicsPersonRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The PDS stand-in: {@code demographics} with every current name in {@code demographics_name}. An operator
 * switch ({@link #setAvailable}) makes every lookup fail as "PDS unavailable", so that CPF05 can be produced on
 * purpose; a database that cannot be read fails the same way.
 */
public final class DemographicsTable implements Demographics {

    private static final int WRITE_CHUNK = 1_000;

    private final DSLContext dsl;

    public DemographicsTable(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Optional<DemographicsRecord> lookup(NhsNumber nhsNumber) {
        return Optional.ofNullable(lookupAll(List.of(nhsNumber)).get(nhsNumber));
    }

    /**
     * One query: the status row, left-joined to the people asked about (only when available) and their names.
     */
    @Override
    public Map<NhsNumber, DemographicsRecord> lookupAll(Collection<NhsNumber> nhsNumbers) {
        String[] values = nhsNumbers.stream().map(NhsNumber::value).distinct().toArray(String[]::new);
        Result<Record> rows;
        try {
            rows = dsl.select(DEMOGRAPHICS_STATUS.AVAILABLE)
                    .select(DEMOGRAPHICS_PERSON.fields())
                    .select(DEMOGRAPHICS_NAME.GIVEN_NAME, DEMOGRAPHICS_NAME.FAMILY_NAME)
                    .from(DEMOGRAPHICS_STATUS)
                    .leftJoin(DEMOGRAPHICS_PERSON).on(DEMOGRAPHICS_STATUS.AVAILABLE.isTrue(),
                            DEMOGRAPHICS_PERSON.NHS_NUMBER.eq(DSL.any(values)))
                    .leftJoin(DEMOGRAPHICS_NAME).on(DEMOGRAPHICS_NAME.NHS_NUMBER.eq(DEMOGRAPHICS_PERSON.NHS_NUMBER))
                    .orderBy(DEMOGRAPHICS_PERSON.NHS_NUMBER, DEMOGRAPHICS_NAME.NAME_ORDER)
                    .fetch();
        } catch (DataAccessException e) {
            throw new DemographicsUnavailableException("demographics (the PDS stand-in) cannot be read: "
                    + e.getMessage(), e);
        }
        if (rows.isEmpty() || !rows.get(0).get(DEMOGRAPHICS_STATUS.AVAILABLE)) {
            throw new DemographicsUnavailableException("demographics (the PDS stand-in) is switched off by the operator");
        }
        return people(rows);
    }

    /** The operator switch: {@code false} makes every lookup throw {@link DemographicsUnavailableException}. */
    public void setAvailable(boolean available) {
        dsl.update(DEMOGRAPHICS_STATUS).set(DEMOGRAPHICS_STATUS.AVAILABLE, available).execute();
    }

    public boolean isAvailable() {
        return dsl.select(DEMOGRAPHICS_STATUS.AVAILABLE).from(DEMOGRAPHICS_STATUS).fetchSingle().value1();
    }

    /**
     * Adds or replaces people (each NHS number once), each with exactly the current names given, all in one
     * transaction: either every person is stored or none is.
     */
    public void putAll(Collection<DemographicsRecord> people) {
        List<DemographicsRecord> all = List.copyOf(people);
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            for (int from = 0; from < all.size(); from += WRITE_CHUNK) {
                write(tx, all.subList(from, Math.min(all.size(), from + WRITE_CHUNK)));
            }
        });
    }

    private static void write(DSLContext tx, List<DemographicsRecord> people) {
        List<DemographicsPersonRecord> rows = new ArrayList<>(people.size());
        List<DemographicsNameRecord> names = new ArrayList<>();
        for (DemographicsRecord person : people) {
            String nhs = person.nhsNumber().value();
            rows.add(new DemographicsPersonRecord(nhs, person.birthDate(), person.deathDate(), person.sensitive(),
                    person.invalid(), person.supersededBy() == null ? null : person.supersededBy().value()));
            short order = 0;
            for (PersonName name : person.currentNames()) {
                if (name.given() != null || name.family() != null) {
                    names.add(new DemographicsNameRecord(nhs, order++, name.given(), name.family()));
                }
            }
        }
        tx.insertInto(DEMOGRAPHICS_PERSON).columns(DEMOGRAPHICS_PERSON.fields()).valuesOfRecords(rows)
                .onConflict(DEMOGRAPHICS_PERSON.NHS_NUMBER).doUpdate()
                .set(DEMOGRAPHICS_PERSON.BIRTH_DATE, DSL.excluded(DEMOGRAPHICS_PERSON.BIRTH_DATE))
                .set(DEMOGRAPHICS_PERSON.DEATH_DATE, DSL.excluded(DEMOGRAPHICS_PERSON.DEATH_DATE))
                .set(DEMOGRAPHICS_PERSON.SENSITIVE, DSL.excluded(DEMOGRAPHICS_PERSON.SENSITIVE))
                .set(DEMOGRAPHICS_PERSON.INVALID, DSL.excluded(DEMOGRAPHICS_PERSON.INVALID))
                .set(DEMOGRAPHICS_PERSON.SUPERSEDED_BY, DSL.excluded(DEMOGRAPHICS_PERSON.SUPERSEDED_BY))
                .execute();
        String[] numbers = rows.stream().map(DemographicsPersonRecord::getNhsNumber).toArray(String[]::new);
        tx.deleteFrom(DEMOGRAPHICS_NAME).where(DEMOGRAPHICS_NAME.NHS_NUMBER.eq(DSL.any(numbers))).execute();
        if (!names.isEmpty()) {
            tx.batchInsert(names).execute();
        }
    }

    private static Map<NhsNumber, DemographicsRecord> people(Result<Record> rows) {
        Map<NhsNumber, DemographicsRecord> people = new HashMap<>();
        Record personRow = null;
        List<PersonName> names = new ArrayList<>();
        for (Record row : rows) {
            String nhs = row.get(DEMOGRAPHICS_PERSON.NHS_NUMBER);
            if (nhs == null) {
                continue;
            }
            if (personRow != null && !personRow.get(DEMOGRAPHICS_PERSON.NHS_NUMBER).equals(nhs)) {
                add(people, personRow, names);
                names.clear();
            }
            personRow = row;
            if (row.get(DEMOGRAPHICS_NAME.GIVEN_NAME) != null || row.get(DEMOGRAPHICS_NAME.FAMILY_NAME) != null) {
                names.add(new PersonName(row.get(DEMOGRAPHICS_NAME.GIVEN_NAME), row.get(DEMOGRAPHICS_NAME.FAMILY_NAME)));
            }
        }
        if (personRow != null) {
            add(people, personRow, names);
        }
        return Map.copyOf(people);
    }

    private static void add(Map<NhsNumber, DemographicsRecord> people, Record row, List<PersonName> names) {
        NhsNumber nhs = new NhsNumber(row.get(DEMOGRAPHICS_PERSON.NHS_NUMBER));
        String supersededBy = row.get(DEMOGRAPHICS_PERSON.SUPERSEDED_BY);
        people.put(nhs, new DemographicsRecord(nhs, row.get(DEMOGRAPHICS_PERSON.BIRTH_DATE), names,
                row.get(DEMOGRAPHICS_PERSON.SENSITIVE), row.get(DEMOGRAPHICS_PERSON.INVALID),
                supersededBy == null ? null : new NhsNumber(supersededBy), row.get(DEMOGRAPHICS_PERSON.DEATH_DATE)));
    }
}
