package org.cpis.sft.mesh;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.cpis.core.access.Transmission;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MessageState;
import org.cpis.sft.exchange.PostOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receiving side of the MESH door: inbox listing and count, download (in chunks of the configured size for a
 * large body: 206 and {@code mex-Chunk-Range 1:n}, then {@code /2} to {@code /n}, the last 200), HEAD, and
 * acknowledge. A Local Authority sees only messages addressed to its own mailbox (CP-IS023): any other id, whether
 * it exists or not, is "Message does not exist" (404). Each chunk going out is logged as it starts (and again if it
 * fails); a chunk is cut from the decrypted body, which is read from its start each time, so the last chunk still
 * checks the body's stored SHA-256.
 */
final class MeshInbox {

    private static final Logger LOG = LoggerFactory.getLogger(MeshInbox.class);

    /** MESH's default page, and the range a caller may ask for. */
    static final int DEFAULT_MAX_RESULTS = 500;
    static final int MIN_MAX_RESULTS = 10;
    static final int MAX_MAX_RESULTS = 5000;

    private final PostOffice postOffice;
    private final long chunkBytes;

    MeshInbox(PostOffice postOffice, long chunkBytes) {
        this.postOffice = postOffice;
        this.chunkBytes = chunkBytes;
    }

    /** Ids of the messages waiting for the mailbox, oldest first; see {@link InboxQuery}. */
    List<String> list(Mailbox mailbox, InboxQuery query) {
        List<ExchangeMessage> waiting = postOffice.messages().inbox(mailbox.id(),
                query.filter() == null ? query.maxResults() : InboxQuery.FILTER_SCAN);
        return waiting.stream().filter(m -> query.filter() == null || query.filter().test(m.workflowId()))
                .limit(query.maxResults()).map(ExchangeMessage::messageId).toList();
    }

    int count(Mailbox mailbox) {
        return postOffice.messages().inboxCount(mailbox.id());
    }

    /** A message addressed to the mailbox and still downloadable (READY or ACKNOWLEDGED). */
    ExchangeMessage downloadable(Mailbox mailbox, String messageId) {
        ExchangeMessage message = addressedTo(mailbox, messageId);
        if (message.state() != MessageState.READY && message.state() != MessageState.ACKNOWLEDGED) {
            throw new MeshFailure(MeshProblem.MESSAGE_GONE, "message " + messageId + " is "
                    + message.state().name().toLowerCase(java.util.Locale.ROOT) + " and can no longer be downloaded",
                    messageId);
        }
        if (!postOffice.bodies().exists(messageId)) {
            throw new IllegalStateException("message " + messageId + " is " + message.state()
                    + " but has no stored body");
        }
        return message;
    }

    /** How many chunks a download of this message takes. */
    int chunks(ExchangeMessage message) {
        return (int) Math.max(1, (message.sizeBytes() + chunkBytes - 1) / chunkBytes);
    }

    /** The answer to HEAD: the download headers of chunk 1, no body. */
    Response head(Mailbox mailbox, String messageId) {
        ExchangeMessage message = downloadable(mailbox, messageId);
        Response.ResponseBuilder answer = Response.ok();
        DownloadHeaders.of(message, 1, chunks(message)).forEach(answer::header);
        return answer.build();
    }

    /** Chunk {@code chunk} of the message's body, streamed; 206 while chunks follow, 200 for the last. */
    Response download(Mailbox mailbox, String messageId, int chunk) {
        ExchangeMessage message = downloadable(mailbox, messageId);
        int total = chunks(message);
        if (chunk < 1 || chunk > total) {
            throw new MeshFailure(MeshProblem.MESSAGE_NOT_FOUND, "message " + messageId + " has " + total
                    + (total == 1 ? " chunk" : " chunks") + ", not " + chunk, messageId);
        }
        long offset = (chunk - 1) * chunkBytes;
        long length = Math.min(chunkBytes, message.sizeBytes() - offset);
        Response.ResponseBuilder answer = Response.status(chunk < total ? 206 : 200)
                .type("application/octet-stream")
                .header("Content-Length", Long.toString(length))
                .entity(new ChunkStream(message, offset, length, chunk, total));
        DownloadHeaders.of(message, chunk, total).forEach(answer::header);
        return answer.build();
    }

    /**
     * The Local Authority has the message: READY -> ACKNOWLEDGED. Acknowledging again, or a message no longer
     * waiting, changes nothing and is answered the same way, as MESH does.
     */
    void acknowledge(Mailbox mailbox, String messageId) {
        addressedTo(mailbox, messageId);
        postOffice.acknowledge(mailbox.id(), messageId);
    }

    private ExchangeMessage addressedTo(Mailbox mailbox, String messageId) {
        Optional<ExchangeMessage> message = postOffice.messages().find(messageId);
        if (message.isEmpty() || !message.get().recipient().equals(mailbox.id())) {
            throw new MeshFailure(MeshProblem.MESSAGE_NOT_FOUND, "mailbox " + mailbox.id() + " has no message "
                    + messageId + " in its inbox", messageId);
        }
        return message.get();
    }

    /** Copies one chunk of a stored body to the caller, and logs the chunk as gone out once it is written. */
    private final class ChunkStream implements StreamingOutput {

        private final ExchangeMessage message;
        private final long offset;
        private final long length;
        private final int chunk;
        private final int total;

        ChunkStream(ExchangeMessage message, long offset, long length, int chunk, int total) {
            this.message = message;
            this.offset = offset;
            this.length = length;
            this.chunk = chunk;
            this.total = total;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            postOffice.logCall(Transmission.Direction.OUT, message.sender().value(), message.recipient().value(),
                    message.workflowId(), message.messageId(), length, "DOWNLOADED " + chunk + ":" + total);
            InputStream body = postOffice.open(message);
            try {
                skip(body, offset);
                copy(body, out, length);
                if (chunk == total && body.read() >= 0) {
                    throw new IOException("the stored body of message " + message.messageId()
                            + " is longer than its recorded size");
                }
                out.flush();
            } catch (IOException e) {
                LOG.warn("download of message {} chunk {}:{} failed: {}", message.messageId(), chunk, total,
                        e.getMessage());
                postOffice.logCall(Transmission.Direction.OUT, message.sender().value(), message.recipient().value(),
                        message.workflowId(), message.messageId(), 0, "DOWNLOAD_FAILED " + chunk + ":" + total);
                closeQuietly(body);
                throw e;
            }
            if (chunk == total) {
                body.close();
            } else {
                closeQuietly(body);
            }
        }

        /** Skips by reading, so that the body's checksum still sees every byte. */
        private static void skip(InputStream in, long bytes) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            long left = bytes;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("the stored body ended before its recorded size");
                }
                left -= n;
            }
        }

        /**
         * Closes a body not read to its end (a chunk before the last): the decryption cannot be finished, and that
         * is expected, not an error.
         */
        private static void closeQuietly(InputStream in) {
            try {
                in.close();
            } catch (IOException expected) {
                LOG.trace("closing a partly read body: {}", expected.getMessage());
            }
        }

        private static void copy(InputStream in, OutputStream out, long length) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("the stored body ended before its recorded size");
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }
}
