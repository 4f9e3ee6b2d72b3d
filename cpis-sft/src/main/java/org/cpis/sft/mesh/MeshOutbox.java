package org.cpis.sft.mesh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxId;
import org.cpis.sft.exchange.Envelope;
import org.cpis.sft.exchange.ExchangeRefusedException;
import org.cpis.sft.exchange.PostOffice;

/**
 * The sending side of the MESH door: {@code POST /outbox} (a whole message, or chunk 1 of several) and {@code
 * POST /outbox/{id}/{k}} (chunk k). The envelope ({@code mex-*} headers) is checked by the post office before any of
 * the body is read; a whole message goes to {@link PostOffice#accept}, chunks to {@link ChunkedUploads}.
 */
final class MeshOutbox {

    private final PostOffice postOffice;
    private final ChunkedUploads chunks;
    private final long maxRequestBytes;

    MeshOutbox(PostOffice postOffice, long maxRequestBytes) {
        this.postOffice = postOffice;
        this.chunks = new ChunkedUploads(postOffice);
        this.maxRequestBytes = maxRequestBytes;
    }

    /** A send: the new message's id. The message is RECEIVED, or UPLOADING when more chunks are to come. */
    ExchangeMessage send(Mailbox sender, MexHeaders mex, String contentEncoding, InputStream wire) {
        String from = mex.get(MexHeaders.FROM);
        if (from != null && !from.equalsIgnoreCase(sender.id().value())) {
            throw new MeshFailure(MeshProblem.INVALID_FROM, "mex-From " + from + " is not the authenticated mailbox "
                    + sender.id());
        }
        String to = mex.get(MexHeaders.TO);
        if (to == null) {
            throw new MeshFailure(MeshProblem.MISSING_TO, "name the recipient in mex-To: the CP-IS mailbox "
                    + postOffice.serviceMailbox());
        }
        if (!MailboxId.isValid(to)) {
            throw new MeshFailure(MeshProblem.UNREGISTERED_RECIPIENT, "mex-To '" + to + "' is not a mailbox id; a"
                    + " Local Authority sends to the CP-IS mailbox " + postOffice.serviceMailbox());
        }
        if (mex.get(MexHeaders.WORKFLOW_ID) == null) {
            throw new MeshFailure(MeshProblem.WORKFLOW_NOT_REGISTERED, "there is no mex-WorkflowID; CP-IS uploads"
                    + " use " + postOffice.workflows().upload());
        }
        RequestBody.Encoding encoding = RequestBody.Encoding.of(contentEncoding);
        ChunkRange range = ChunkRange.of(mex.get(MexHeaders.CHUNK_RANGE), 1, null);
        Envelope envelope = new Envelope(sender.id(), MailboxId.of(to), mex.get(MexHeaders.WORKFLOW_ID),
                mex.get(MexHeaders.LOCAL_ID), mex.get(MexHeaders.SUBJECT), mex.get(MexHeaders.FILE_NAME));
        try {
            postOffice.check(envelope);
            InputStream body = RequestBody.open(wire, encoding, maxRequestBytes, postOffice.maxMessageBytes());
            if (range.total() == 1) {
                return postOffice.accept(envelope, body, null);
            }
            return chunks.start(envelope, range.total(), encoding, body);
        } catch (ExchangeRefusedException e) {
            throw refused(e, null);
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause(), null);
        } catch (IOException e) {
            throw unreadable(e, null);
        }
    }

    /** Chunk {@code chunk} of a message being uploaded. */
    ChunkedUploads.Outcome chunk(Mailbox sender, String messageId, int chunk, MexHeaders mex, String contentEncoding,
                                 InputStream wire) {
        ChunkRange range = ChunkRange.of(mex.get(MexHeaders.CHUNK_RANGE), chunk, messageId);
        if (range.total() == 1 || chunk == 1) {
            throw new MeshFailure(MeshProblem.INVALID_CHUNK_RANGE, "chunk 1 is sent to the outbox itself; this"
                    + " URL takes chunks 2 and later", messageId);
        }
        RequestBody.Encoding encoding = RequestBody.Encoding.of(contentEncoding);
        try {
            postOffice.senderAllowed(sender.id());
            InputStream body = RequestBody.open(wire, encoding, maxRequestBytes, postOffice.maxMessageBytes());
            return chunks.add(sender, messageId, range, encoding, body);
        } catch (ExchangeRefusedException e) {
            throw refused(e, messageId);
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause(), messageId);
        } catch (IOException e) {
            throw unreadable(e, messageId);
        }
    }

    private static MeshFailure refused(ExchangeRefusedException e, String messageId) {
        return new MeshFailure(MeshProblem.of(e.refusal()), e.getMessage(), messageId);
    }

    /** Reading the body failed: too large, not gzip, the caller went away, or the disk failed. */
    private static RuntimeException unreadable(IOException e, String messageId) {
        if (e instanceof RequestBody.TooLarge) {
            return new MeshFailure(MeshProblem.TOO_LARGE, e.getMessage(), messageId);
        }
        if (e instanceof RequestBody.NotGzip) {
            return new MeshFailure(MeshProblem.UNREADABLE_GZIP, e.getMessage()
                    + "; send the body gzip-compressed or without Content-Encoding", messageId);
        }
        if (e instanceof RequestBody.Broken) {
            return new MeshFailure(MeshProblem.MISSING_DATA, e.getMessage() + "; send it again", messageId);
        }
        return new UncheckedIOException(e);
    }
}
