package org.cpis.core.testing;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.cpis.core.port.IdGenerator;

/** Predictable ids: 00000000-0000-0000-0000-000000000001, ...02, ... */
public final class SequentialIds implements IdGenerator {

    private final AtomicLong next = new AtomicLong(1);

    @Override
    public UUID next() {
        return new UUID(0, next.getAndIncrement());
    }
}
