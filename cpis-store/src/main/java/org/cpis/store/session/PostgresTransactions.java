package org.cpis.store.session;

import java.util.Objects;
import java.util.function.Function;
import org.cpis.core.port.StoreSession;
import org.cpis.core.port.Transactions;
import org.cpis.core.upload.ResultSpilling;
import org.jooq.DSLContext;

/**
 * One jOOQ transaction per {@link #inTransaction} call: every store of the session writes through that
 * transaction's connection; the work's result commits, and any exception rolls everything back and propagates
 * unchanged. A call from inside another transaction on the same thread is refused rather than silently run as
 * a second, independent transaction: a use case runs as one transaction and passes its session on. The file
 * ledger keeps a large acknowledgement it reads back out of memory as {@link ResultSpilling} says.
 */
public final class PostgresTransactions implements Transactions {

    private final DSLContext dsl;
    private final ResultSpilling ledgerSpilling;
    private final ThreadLocal<Boolean> inside;

    /** Transactions whose file ledger spills with {@link ResultSpilling#DEFAULTS}. */
    public PostgresTransactions(DSLContext dsl) {
        this(dsl, ResultSpilling.DEFAULTS);
    }

    public PostgresTransactions(DSLContext dsl, ResultSpilling ledgerSpilling) {
        this(dsl, ledgerSpilling, ThreadLocal.withInitial(() -> Boolean.FALSE));
    }

    private PostgresTransactions(DSLContext dsl, ResultSpilling ledgerSpilling, ThreadLocal<Boolean> inside) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.ledgerSpilling = Objects.requireNonNull(ledgerSpilling, "ledgerSpilling");
        this.inside = inside;
    }

    /**
     * The same transactions, with the file ledger spilling as {@code spilling} says; a transaction of either
     * refuses to be nested in one of the other.
     */
    public PostgresTransactions withLedgerSpilling(ResultSpilling spilling) {
        return new PostgresTransactions(dsl, spilling, inside);
    }

    @Override
    public <T> T inTransaction(Function<StoreSession, T> work) {
        Objects.requireNonNull(work, "work");
        if (inside.get()) {
            throw new IllegalStateException("inTransaction was called inside another transaction on the same thread;"
                    + " a use case runs as one transaction: pass its StoreSession on instead");
        }
        inside.set(Boolean.TRUE);
        try {
            return dsl.transactionResult(configuration -> work.apply(
                    new PostgresStoreSession(configuration.dsl(), ledgerSpilling)));
        } finally {
            inside.remove();
        }
    }
}
