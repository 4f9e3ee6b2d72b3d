package org.cpis.core.port;

import java.util.UUID;

/** New ids for messages and notifications; tests inject fixed ones. */
@FunctionalInterface
public interface IdGenerator {

    UUID next();

    static IdGenerator random() {
        return UUID::randomUUID;
    }
}
