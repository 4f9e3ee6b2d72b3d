package org.cpis.core.port;

import java.util.function.Function;

/**
 * Runs one use case as one transaction: everything it writes through the {@link StoreSession} commits
 * together, or nothing does when the work throws.
 */
public interface Transactions {

    <T> T inTransaction(Function<StoreSession, T> work);
}
