package org.cpis.gateway.soap;

import java.util.Locale;
import java.util.UUID;

/** Message ids as the Spine exchange writes them. */
final class MessageIds {

    private MessageIds() {
    }

    /** A wsa:MessageID: {@code uuid:} and the upper-case UUID. */
    static String addressing(UUID id) {
        return QueryServiceNames.MESSAGE_ID_PREFIX + id.toString().toUpperCase(Locale.ROOT);
    }
}
