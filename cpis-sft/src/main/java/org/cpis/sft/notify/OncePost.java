package org.cpis.sft.notify;

import java.io.IOException;
import java.util.Optional;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.Mailbox;
import org.cpis.sft.exchange.PostOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a notification to a Local Authority's mailbox once per once-key: skipped when a message with the key is
 * there already; otherwise the body is written and the message added, and when another node added one with the
 * same key in between (the store's unique key refuses ours) the body just written is removed.
 */
final class OncePost {

    private static final Logger LOG = LoggerFactory.getLogger(OncePost.class);

    private final PostOffice postOffice;

    OncePost(PostOffice postOffice) {
        this.postOffice = postOffice;
    }

    /** The message posted, or empty when the once-key was used before. */
    Optional<ExchangeMessage> post(Mailbox recipient, String workflowId, String subject, String localId,
                                   String onceKey, byte[] body) {
        if (postOffice.messages().hasOnceKey(onceKey)) {
            return Optional.empty();
        }
        ExchangeMessage message = postOffice.prepare(recipient, workflowId, subject, localId, null, onceKey, body);
        if (!postOffice.messages().add(message)) {
            try {
                postOffice.bodies().delete(message.messageId());
            } catch (IOException e) {
                LOG.warn("cannot remove the unused notification body {}: {}", message.messageId(), e.getMessage());
            }
            return Optional.empty();
        }
        postOffice.logPosted(message);
        return Optional.of(message);
    }
}
