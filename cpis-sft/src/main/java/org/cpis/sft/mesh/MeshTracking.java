package org.cpis.sft.mesh;

import java.util.Map;
import java.util.Optional;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxId;
import org.cpis.sft.exchange.PostOffice;

/**
 * Tracking by message id ({@code GET /outbox/tracking?messageID=...}): where a message the caller sent has got to
 * (see {@link TrackingStatus}). Only the sender may track a message; any other id reads as not existing (404).
 */
final class MeshTracking {

    /** How the CP-IS mailbox is named in tracking and endpoint lookup answers. */
    static final String SERVICE_NAME = "Child Protection - Information Sharing";

    private final PostOffice postOffice;

    MeshTracking(PostOffice postOffice) {
        this.postOffice = postOffice;
    }

    Map<String, Object> track(Mailbox caller, String messageId, MeshVersion version) {
        if (messageId == null || messageId.isBlank()) {
            throw new MeshFailure(MeshProblem.BAD_REQUEST, "name the message to track: ?messageID=<id>");
        }
        String id = messageId.strip().toUpperCase(java.util.Locale.ROOT);
        Optional<ExchangeMessage> message = postOffice.messages().find(id);
        if (message.isEmpty() || !message.get().sender().equals(caller.id())) {
            throw new MeshFailure(MeshProblem.MESSAGE_NOT_FOUND, "mailbox " + caller.id() + " sent no message " + id,
                    id);
        }
        return MeshBodies.tracking(version, message.get(), caller.name(), nameOf(message.get().recipient()));
    }

    private String nameOf(MailboxId mailbox) {
        if (mailbox.equals(postOffice.serviceMailbox())) {
            return SERVICE_NAME;
        }
        return postOffice.mailboxes().find(mailbox).map(Mailbox::name).orElse(null);
    }
}
