package org.cpis.sft.mesh;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes every authorisation token single-use (MESH-AND-SFT.md 2.2): remembers each (mailbox, nonce, nonce count)
 * it let through until the token could no longer pass the clock check anyway, and refuses a second use. Bounded:
 * the oldest entries are dropped once expired, and when it is full the oldest remembered token is forgotten (so the
 * bound must be well above the number of tokens used within the clock window).
 */
final class ReplayGuard {

    private final int capacity;
    private final Map<String, Instant> seen = new LinkedHashMap<>();

    ReplayGuard(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Records a token's first use. Returns false, recording nothing, when it was used before.
     *
     * @param usableUntil when the token stops passing the clock check (its timestamp plus the allowed skew)
     * @param now         the server's time
     */
    synchronized boolean firstUse(String mailbox, String nonce, String nonceCount, Instant usableUntil, Instant now) {
        String key = mailbox + '\u0000' + nonce + '\u0000' + nonceCount;
        Instant earlier = seen.get(key);
        if (earlier != null && !earlier.isBefore(now)) {
            return false;
        }
        seen.remove(key);
        Iterator<Instant> oldestFirst = seen.values().iterator();
        while (oldestFirst.hasNext()) {
            Instant until = oldestFirst.next();
            if (until.isBefore(now) || seen.size() >= capacity) {
                oldestFirst.remove();
            } else {
                break;
            }
        }
        seen.put(key, usableUntil);
        return true;
    }

    synchronized int size() {
        return seen.size();
    }
}
