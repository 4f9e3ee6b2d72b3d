package org.cpis.core.testing;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.cpis.core.exchange.WorkLocks;

/** Work locks of one process, in memory. */
public final class InMemoryWorkLocks implements WorkLocks {

    private final Set<String> held = new HashSet<>();

    @Override
    public synchronized Optional<WorkLock> tryLock(String name) {
        if (!held.add(name)) {
            return Optional.empty();
        }
        return Optional.of(() -> release(name));
    }

    private synchronized void release(String name) {
        held.remove(name);
    }

    /** Lets every lock go, as a crashed holder's locks go. */
    public synchronized void releaseAll() {
        held.clear();
    }
}
