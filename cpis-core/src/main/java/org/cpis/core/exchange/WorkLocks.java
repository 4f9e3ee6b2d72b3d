package org.cpis.core.exchange;

import java.util.Optional;

/**
 * Locks shared by every node of the service, held by the database (PostgreSQL advisory locks): a lock is let go
 * when closed, and also when its holder dies, so a crash never leaves work locked.
 */
public interface WorkLocks {

    /** Takes the named lock if nobody holds it; empty when somebody does. */
    Optional<WorkLock> tryLock(String name);

    /** A held lock; closing it lets it go. */
    interface WorkLock extends AutoCloseable {

        @Override
        void close();
    }
}
