package org.cpis.store.access;

import static org.cpis.store.jooq.Tables.ACCESS_EVENT;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.port.AccessLog;
import org.cpis.store.jooq.tables.records.AccessEventRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Every access event in {@code access_event}, one row each (CP-IS047): recording is a single insert; reads go
 * through the index by NHS number or by time of access.
 */
public final class AccessLogTable implements AccessLog {

    private final DSLContext dsl;

    public AccessLogTable(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public void record(AccessEvent event) {
        AccessEventRecord row = new AccessEventRecord();
        row.setQueryId(event.queryId());
        row.setNhsNumber(event.nhsNumber().value());
        row.setAccessedAt(event.accessedAt());
        row.setQueryTime(event.queryTime());
        AuthorColumns.write(event.author(), row);
        dsl.insertInto(ACCESS_EVENT).set(row).execute();
    }

    @Override
    public List<AccessEvent> history(NhsNumber nhsNumber) {
        return dsl.selectFrom(ACCESS_EVENT)
                .where(ACCESS_EVENT.NHS_NUMBER.eq(nhsNumber.value()))
                .orderBy(ACCESS_EVENT.ACCESSED_AT, ACCESS_EVENT.ACCESS_ID)
                .fetch(AccessLogTable::event);
    }

    /** One read; every number asked about is in the map, with an empty list when it was never accessed. */
    @Override
    public Map<NhsNumber, List<AccessEvent>> histories(Collection<NhsNumber> nhsNumbers) {
        String[] values = nhsNumbers.stream().map(NhsNumber::value).distinct().toArray(String[]::new);
        Map<NhsNumber, List<AccessEvent>> found = values.length == 0 ? Map.of() : dsl.selectFrom(ACCESS_EVENT)
                .where(ACCESS_EVENT.NHS_NUMBER.eq(DSL.any(values)))
                .orderBy(ACCESS_EVENT.NHS_NUMBER, ACCESS_EVENT.ACCESSED_AT, ACCESS_EVENT.ACCESS_ID)
                .fetch(AccessLogTable::event)
                .stream().collect(Collectors.groupingBy(AccessEvent::nhsNumber));
        Map<NhsNumber, List<AccessEvent>> histories = new LinkedHashMap<>();
        nhsNumbers.forEach(n -> histories.put(n, List.copyOf(found.getOrDefault(n, List.of()))));
        return histories;
    }

    @Override
    public Set<NhsNumber> accessedBetween(Instant from, Instant to) {
        return dsl.selectDistinct(ACCESS_EVENT.NHS_NUMBER)
                .from(ACCESS_EVENT)
                .where(ACCESS_EVENT.ACCESSED_AT.ge(from), ACCESS_EVENT.ACCESSED_AT.lt(to))
                .fetch(r -> new NhsNumber(r.value1()))
                .stream().collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public long countBetween(Instant from, Instant to) {
        return dsl.selectCount()
                .from(ACCESS_EVENT)
                .where(ACCESS_EVENT.ACCESSED_AT.ge(from), ACCESS_EVENT.ACCESSED_AT.lt(to))
                .fetchSingle(0, Long.class);
    }

    @Override
    public int removeAll(NhsNumber nhsNumber) {
        return dsl.deleteFrom(ACCESS_EVENT).where(ACCESS_EVENT.NHS_NUMBER.eq(nhsNumber.value())).execute();
    }

    private static AccessEvent event(AccessEventRecord row) {
        return new AccessEvent(row.getQueryId(), new NhsNumber(row.getNhsNumber()), row.getAccessedAt(),
                row.getQueryTime(), AuthorColumns.read(row));
    }
}
