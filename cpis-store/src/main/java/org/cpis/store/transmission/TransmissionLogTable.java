package org.cpis.store.transmission;

import static org.cpis.store.jooq.Tables.TRANSMISSION;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.cpis.core.access.Transmission;
import org.cpis.core.access.TransmissionLog;
import org.cpis.store.jooq.tables.records.TransmissionRecord;
import org.jooq.DSLContext;

/**
 * The log of message transmissions (CP-IS061) in {@code transmission}, indexed by time. Each append is its own
 * short transaction through the pool, outside any use case's transaction: a message is logged even when what it
 * asked for is rolled back.
 */
public final class TransmissionLogTable implements TransmissionLog {

    private final DSLContext dsl;

    public TransmissionLogTable(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public void append(Transmission t) {
        dsl.insertInto(TRANSMISSION)
                .set(TRANSMISSION.AT, t.at())
                .set(TRANSMISSION.DIRECTION, t.direction().name())
                .set(TRANSMISSION.ORIGIN, t.origin())
                .set(TRANSMISSION.DESTINATION, t.destination())
                .set(TRANSMISSION.INTERACTION, t.interaction())
                .set(TRANSMISSION.MESSAGE_ID, t.messageId())
                .set(TRANSMISSION.SIZE_BYTES, t.sizeBytes())
                .set(TRANSMISSION.OUTCOME, t.outcome())
                .execute();
    }

    @Override
    public List<Transmission> between(Instant from, Instant to, int limit) {
        return dsl.selectFrom(TRANSMISSION)
                .where(TRANSMISSION.AT.ge(from).and(TRANSMISSION.AT.lt(to)))
                .orderBy(TRANSMISSION.AT, TRANSMISSION.TRANSMISSION_ID)
                .limit(limit)
                .fetch(TransmissionLogTable::transmission);
    }

    private static Transmission transmission(TransmissionRecord r) {
        return new Transmission(r.getAt(), Transmission.Direction.valueOf(r.getDirection()), r.getOrigin(),
                r.getDestination(), r.getInteraction(), r.getMessageId(), r.getSizeBytes(), r.getOutcome());
    }
}
