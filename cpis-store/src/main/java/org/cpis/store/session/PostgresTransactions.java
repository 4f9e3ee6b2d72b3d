package org.cpis.store.session;

import java.util.Objects;
import java.util.function.Function;
import org.cpis.core.port.StoreSession;
import org.cpis.core.port.Transactions;
import org.jooq.DSLContext;

/**
 * One jOOQ transaction per {@link #inTransaction} call: every store of the session writes through that
 * transaction's connection; the work's result commits, and any exception rolls everything back and propagates
 * unchanged. A call from inside another transaction on the same thread is refused rather than silently run as
 * a second, independent transaction: a use case runs as one transaction and passes its session on.
 */
public final class PostgresTransactions implements Transactions {

    private final DSLContext dsl;
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> Boolean.FALSE);

    public PostgresTransactions(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
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
            return dsl.transactionResult(configuration -> work.apply(new PostgresStoreSession(configuration.dsl())));
        } finally {
            inside.remove();
        }
    }
}
