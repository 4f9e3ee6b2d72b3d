package org.cpis.sft.processing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.gateway.codec.upload.AcknowledgementEncoder;
import org.cpis.sft.exchange.PostOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox step of upload processing (a transactional outbox): the acknowledgement's body is written first,
 * streamed from the encoder; then one transaction of the message store adds the reply - for the sending mailbox
 * only (CP-IS023), linked to the inbound message, once-key {@code ack:<inbound id>} - and closes the inbound
 * message. When the once-key is taken, an earlier attempt answered already: that reply stands and the body just
 * written is removed.
 */
final class AcknowledgementOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(AcknowledgementOutbox.class);

    private final PostOffice postOffice;
    private final AcknowledgementEncoder encoder;
    private final ProcessingCheckpoints checkpoints;

    AcknowledgementOutbox(PostOffice postOffice, AcknowledgementEncoder encoder, ProcessingCheckpoints checkpoints) {
        this.postOffice = postOffice;
        this.encoder = encoder;
        this.checkpoints = checkpoints;
    }

    static String onceKey(String inboundId) {
        return "ack:" + inboundId;
    }

    /**
     * Answers {@code inbound} with {@code ack} and moves it to {@code inboundState}; returns the reply, or empty
     * when the inbound message had been answered before.
     */
    Optional<ExchangeMessage> answer(ExchangeMessage inbound, Mailbox sender, UploadAcknowledgement ack,
                                     MessageState inboundState, String note) {
        ExchangeMessage reply;
        try (InputStream wire = encoder.stream(ack)) {
            reply = postOffice.prepare(sender, postOffice.workflows().acknowledgement(),
                    "CP-IS acknowledgement of file " + ack.sequenceId(), ack.sequenceId(), inbound.messageId(),
                    onceKey(inbound.messageId()), wire);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the acknowledgement of message " + inbound.messageId(), e);
        }
        checkpoints.reached(ProcessingCheckpoints.Point.AFTER_ACKNOWLEDGEMENT_WRITTEN, inbound.messageId());
        boolean added = postOffice.messages().completeWithReply(inbound.messageId(), inboundState, reply,
                postOffice.clock().instant(), note);
        if (!added) {
            discard(reply);
            LOG.info("upload message {} was answered before; its earlier acknowledgement stands", inbound.messageId());
            return Optional.empty();
        }
        postOffice.logPosted(reply);
        return Optional.of(reply);
    }

    private void discard(ExchangeMessage orphan) {
        try {
            postOffice.bodies().delete(orphan.messageId());
        } catch (IOException e) {
            LOG.warn("cannot remove the unused acknowledgement body {}: {}", orphan.messageId(), e.getMessage());
        }
    }
}
