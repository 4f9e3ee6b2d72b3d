package org.cpis.store.audit;

import static org.cpis.store.jooq.Tables.AUDIT_EVENT;
import static org.cpis.store.jooq.Tables.AUDIT_HEAD;
import static org.cpis.store.jooq.Tables.AUDIT_SUBJECT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEntry;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.audit.AuditQuery;
import org.cpis.core.audit.AuditSubject;
import org.cpis.core.audit.AuditVerification;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.port.AuditTrail;
import org.cpis.store.jooq.tables.records.AuditEventRecord;
import org.cpis.store.jooq.tables.records.AuditHeadRecord;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The audit trail in {@code audit_event} as a SHA-256 hash chain (see {@link AuditHashes}). Appends lock the
 * one-row {@code audit_head} until their transaction ends, so appenders take turns and never fork the chain,
 * and the sequence has no gaps: a missing number is a deleted row. Appending last in a use case keeps that
 * lock short.
 */
public final class AuditTrailTable implements AuditTrail {

    private static final int CURSOR_FETCH_SIZE = 1_000;

    private final DSLContext dsl;

    public AuditTrailTable(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public void append(AuditEvent event) {
        appendAll(List.of(event));
    }

    /** Hashes the events in Java and inserts them in one batch behind the current head. */
    @Override
    public void appendAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        AuditHeadRecord head = dsl.selectFrom(AUDIT_HEAD).forUpdate().fetchSingle();
        long sequence = head.getLastSequence();
        String previousHash = head.getLastHash();
        List<AuditEventRecord> rows = new ArrayList<>(events.size());
        for (AuditEvent event : events) {
            AuditRow row = AuditRow.chained(event, ++sequence, previousHash);
            rows.add(row.toRecord());
            previousHash = row.rowHash();
        }
        dsl.batchInsert(rows).execute();
        dsl.update(AUDIT_HEAD)
                .set(AUDIT_HEAD.LAST_SEQUENCE, sequence)
                .set(AUDIT_HEAD.LAST_HASH, previousHash)
                .execute();
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        Condition matches = DSL.noCondition();
        if (query.subject() != null) {
            matches = matches.and(AUDIT_EVENT.SUBJECT_NHS.eq(query.subject().value()));
        }
        if (query.actor() != null) {
            matches = matches.and(AUDIT_EVENT.ACTOR.eq(query.actor()));
        }
        if (query.organisation() != null) {
            matches = matches.and(AUDIT_EVENT.ACTOR_ORG.eq(query.organisation().value()));
        }
        if (!query.actions().isEmpty()) {
            matches = matches.and(AUDIT_EVENT.ACTION.in(query.actions().stream().map(AuditAction::name).toList()));
        }
        if (query.from() != null) {
            matches = matches.and(AUDIT_EVENT.AT.ge(query.from()));
        }
        if (query.to() != null) {
            matches = matches.and(AUDIT_EVENT.AT.lt(query.to()));
        }
        return dsl.selectFrom(AUDIT_EVENT)
                .where(matches)
                .orderBy(AUDIT_EVENT.SEQUENCE)
                .limit(query.limit())
                .fetch(r -> AuditRow.of(r).toEntry());
    }

    @Override
    public long count(AuditAction action, Instant from, Instant to) {
        return dsl.selectCount()
                .from(AUDIT_EVENT)
                .where(actionBetween(action, from, to))
                .fetchSingle(0, Long.class);
    }

    @Override
    public Set<OdsCode> organisations(AuditAction action, Instant from, Instant to) {
        return dsl.selectDistinct(AUDIT_EVENT.ACTOR_ORG)
                .from(AUDIT_EVENT)
                .where(actionBetween(action, from, to), AUDIT_EVENT.ACTOR_ORG.isNotNull())
                .fetch(r -> new OdsCode(r.value1()))
                .stream().collect(Collectors.toUnmodifiableSet());
    }

    /** Reads the chain head, then walks every row up to it with a cursor, stopping at the first broken one. */
    @Override
    public AuditVerification verify() {
        AuditHeadRecord head = dsl.selectFrom(AUDIT_HEAD).fetchSingle();
        AuditChainCheck check = new AuditChainCheck();
        try (Cursor<AuditEventRecord> rows = dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.SEQUENCE.le(head.getLastSequence()))
                .orderBy(AUDIT_EVENT.SEQUENCE)
                .fetchSize(CURSOR_FETCH_SIZE)
                .fetchLazy()) {
            for (AuditEventRecord row : rows) {
                if (!check.follows(AuditRow.of(row))) {
                    break;
                }
            }
        }
        return check.result(head.getLastSequence(), head.getLastHash());
    }

    @Override
    public void registerSubject(NhsNumber nhsNumber, LocalDate birthDate) {
        dsl.insertInto(AUDIT_SUBJECT)
                .set(AUDIT_SUBJECT.NHS_NUMBER, nhsNumber.value())
                .set(AUDIT_SUBJECT.BIRTH_DATE, birthDate)
                .onConflict(AUDIT_SUBJECT.NHS_NUMBER).doUpdate()
                .set(AUDIT_SUBJECT.BIRTH_DATE, birthDate)
                .execute();
    }

    /**
     * Every NHS number some unredacted row is about, in number order, with its registered date of birth
     * ({@code null} when none was registered).
     */
    @Override
    public List<AuditSubject> subjects() {
        Table<?> held = dsl.selectDistinct(AUDIT_EVENT.SUBJECT_NHS)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.SUBJECT_NHS.isNotNull(), AUDIT_EVENT.REDACTED.isFalse())
                .asTable("held");
        Field<String> subject = held.field(AUDIT_EVENT.SUBJECT_NHS);
        return dsl.select(subject, AUDIT_SUBJECT.BIRTH_DATE)
                .from(held)
                .leftJoin(AUDIT_SUBJECT).on(AUDIT_SUBJECT.NHS_NUMBER.eq(subject))
                .orderBy(subject)
                .fetch(r -> new AuditSubject(new NhsNumber(r.value1()), r.value2()));
    }

    /** Empties the detail of the subject's unredacted rows and marks them redacted; every hash stays. */
    @Override
    public int redact(NhsNumber subject) {
        return dsl.update(AUDIT_EVENT)
                .set(AUDIT_EVENT.DETAIL, "")
                .set(AUDIT_EVENT.REDACTED, true)
                .where(AUDIT_EVENT.SUBJECT_NHS.eq(subject.value()), AUDIT_EVENT.REDACTED.isFalse())
                .execute();
    }

    private static Condition actionBetween(AuditAction action, Instant from, Instant to) {
        return AUDIT_EVENT.ACTION.eq(action.name()).and(AUDIT_EVENT.AT.ge(from)).and(AUDIT_EVENT.AT.lt(to));
    }
}
