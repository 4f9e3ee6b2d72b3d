package org.cpis.sft.notify;

import java.time.Instant;
import java.util.List;
import org.cpis.core.exchange.ExchangeMessage;

/**
 * The messages one expiry sweep moved to EXPIRED, for the operator's report: kept, never deleted.
 *
 * @param readyBefore messages READY since before this instant expired
 */
public record ExpiryReport(Instant at, Instant readyBefore, List<ExchangeMessage> expired) {

    public ExpiryReport {
        expired = List.copyOf(expired);
    }
}
