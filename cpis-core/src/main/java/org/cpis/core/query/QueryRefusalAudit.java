package org.cpis.core.query;

import java.time.Clock;
import java.util.Objects;
import org.cpis.core.access.AccessDecision;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.port.Transactions;

/**
 * Keeps in the audit trail that an NHS Query was refused before it was answered (CP-IS073; who may ask: CP-NHS018,
 * CP-IS042, CP-IS059): who asked, from which organisation, about which NHS number, and the access code. Nothing was
 * shown and no access event is stored, so no Local Authority is notified of it.
 */
public final class QueryRefusalAudit {

    private final Transactions transactions;
    private final Clock clock;

    public QueryRefusalAudit(Transactions transactions, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void record(NhsQuery query, AccessDecision.Refused refusal) {
        AuditEvent event = new AuditEvent(clock.instant(), AuditAction.QUERY_REFUSED, query.author().workerKey(),
                query.author().organisation().code(), query.nhsNumber(), "query " + query.queryId() + " refused "
                + refusal.code() + " " + refusal.reason().message() + ": " + refusal.detail() + " from "
                + query.author().organisation().name());
        transactions.inTransaction(s -> {
            s.auditTrail().append(event);
            return null;
        });
    }
}
