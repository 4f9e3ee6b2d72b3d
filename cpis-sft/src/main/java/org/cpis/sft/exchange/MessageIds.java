package org.cpis.sft.exchange;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Random;

/**
 * New message ids in the MESH shape: the UTC time to the millisecond, an underscore and six upper-case hex digits,
 * e.g. {@code 20261123173012345_3A9F1C}. Clients treat them as opaque; the time prefix keeps them roughly ordered.
 */
public final class MessageIds {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final Random random;

    public MessageIds(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    public static MessageIds secure(Clock clock) {
        return new MessageIds(clock, new SecureRandom());
    }

    public synchronized String next() {
        byte[] tail = new byte[3];
        random.nextBytes(tail);
        return TIME.format(clock.instant()) + "_" + HexFormat.of().withUpperCase().formatHex(tail);
    }
}
