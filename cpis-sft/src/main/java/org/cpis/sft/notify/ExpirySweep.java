package org.cpis.sft.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.cpis.core.access.Transmission;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.sft.exchange.PostOffice;
import org.cpis.sft.processing.ProcessingCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 5 section 5: messages for Local Authorities not collected within the expiry time (default 5 days, as
 * MESH) move from READY to EXPIRED: logged (CPIS-E008), written to the transmission log and returned for the
 * report; never deleted, so an operator can still see and resend them. Safe on several nodes at once: the store
 * moves each message once.
 */
public final class ExpirySweep {

    public static final Duration DEFAULT_EXPIRY = Duration.ofDays(5);

    private static final Logger LOG = LoggerFactory.getLogger(ExpirySweep.class);

    private final PostOffice postOffice;
    private final Duration expiry;

    public ExpirySweep(PostOffice postOffice, Duration expiry) {
        this.postOffice = Objects.requireNonNull(postOffice, "postOffice");
        if (expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("the expiry time is positive");
        }
        this.expiry = expiry;
    }

    public ExpiryReport sweep(Instant now) {
        Instant readyBefore = now.minus(expiry);
        List<ExchangeMessage> expired = postOffice.messages().expire(readyBefore, now);
        for (ExchangeMessage m : expired) {
            postOffice.log(Transmission.Direction.OUT, m, "EXPIRED");
            LOG.warn("{}", ProcessingCode.MESSAGE_EXPIRED.describe("message " + m.messageId() + " (" + m.workflowId()
                    + ") for mailbox " + m.recipient() + ", waiting since " + m.createdAt()));
        }
        return new ExpiryReport(now, readyBefore, expired);
    }
}
