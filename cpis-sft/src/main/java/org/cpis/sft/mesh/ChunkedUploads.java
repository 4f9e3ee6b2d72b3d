package org.cpis.sft.mesh;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cpis.core.access.Transmission;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MessageState;
import org.cpis.sft.body.MessageBodies;
import org.cpis.sft.exchange.Envelope;
import org.cpis.sft.exchange.PostOffice;

/**
 * A message sent in chunks (MESH-AND-SFT.md 2.8): the first POST creates it UPLOADING with the announced number
 * of chunks, and each chunk's (decompressed) body is kept as a body of its own, {@code <id>.c<k>}. When every
 * chunk is there, in whatever order they came, they are joined into the message's body and it becomes RECEIVED,
 * ready for upload processing; the chunk bodies are then removed. The whole message is held to the post office's
 * size limit. A chunk sent again with the same content is taken again harmlessly (a client's retry); with other
 * content it is refused (CPIS-M027). The Content-Encoding of the first chunk is noted on the message (MESH refuses a
 * change between chunks, CPIS-M023).
 */
final class ChunkedUploads {

    static final String NOTE_GZIP = "chunked upload; Content-Encoding gzip";
    static final String NOTE_IDENTITY = "chunked upload; no Content-Encoding";

    private final PostOffice postOffice;
    private final ConcurrentHashMap<String, Object> joining = new ConcurrentHashMap<>();

    ChunkedUploads(PostOffice postOffice) {
        this.postOffice = postOffice;
    }

    /** What became of a chunk. */
    enum Outcome {
        /** Kept; more chunks are outstanding. */
        TAKEN,
        /** It was the last one missing: the message is complete (RECEIVED). */
        COMPLETED
    }

    /** The first chunk: stores it and creates the message, UPLOADING. The envelope was checked already. */
    ExchangeMessage start(Envelope envelope, int totalChunks, RequestBody.Encoding encoding, InputStream body)
            throws IOException {
        String id = postOffice.ids().next();
        MessageBodies.StoredBody chunk = postOffice.bodies().write(chunkId(id, 1), body);
        if (chunk.sizeBytes() == 0) {
            postOffice.bodies().delete(chunkId(id, 1));
            throw new MeshFailure(MeshProblem.MISSING_DATA, "chunk 1 is empty");
        }
        Instant now = postOffice.clock().instant();
        ExchangeMessage message = new ExchangeMessage(id, envelope.sender(), envelope.recipient(),
                envelope.workflowId(), envelope.localId(), envelope.subject(), envelope.fileName(), 0, null,
                totalChunks, MessageState.UPLOADING, now, now, null, null,
                encoding == RequestBody.Encoding.GZIP ? NOTE_GZIP : NOTE_IDENTITY);
        postOffice.messages().add(message);
        postOffice.logCall(Transmission.Direction.IN, message.sender().value(), message.recipient().value(),
                message.workflowId(), id, chunk.sizeBytes(), "CHUNK 1/" + totalChunks);
        return message;
    }

    /**
     * Chunk {@code range.chunk()} (2 or more, or 1 again) of a message the sender is uploading.
     *
     * @param body the request body, decoded; read only when the chunk is taken
     */
    Outcome add(Mailbox sender, String messageId, ChunkRange range, RequestBody.Encoding encoding, InputStream body)
            throws IOException {
        ExchangeMessage message = uploading(sender, messageId, range, encoding);
        String chunkId = chunkId(messageId, range.chunk());
        long size;
        if (postOffice.bodies().exists(chunkId)) {
            String again = sha256(body);
            if (!again.equals(sha256(chunkId))) {
                throw new MeshFailure(MeshProblem.CHUNK_ALREADY_DIFFERENT, "chunk " + range.chunk()
                        + " was received before with other content", messageId);
            }
            size = 0;
        } else {
            MessageBodies.StoredBody stored = postOffice.bodies().write(chunkId, body);
            if (stored.sizeBytes() == 0) {
                postOffice.bodies().delete(chunkId);
                throw new MeshFailure(MeshProblem.MISSING_DATA, "chunk " + range.chunk() + " is empty", messageId);
            }
            size = stored.sizeBytes();
        }
        postOffice.logCall(Transmission.Direction.IN, message.sender().value(), message.recipient().value(),
                message.workflowId(), messageId, size, "CHUNK " + range.header());
        return joinIfComplete(messageId) ? Outcome.COMPLETED : Outcome.TAKEN;
    }

    private ExchangeMessage uploading(Mailbox sender, String messageId, ChunkRange range,
                                      RequestBody.Encoding encoding) {
        Optional<ExchangeMessage> found = postOffice.messages().find(messageId);
        if (found.isEmpty() || !found.get().sender().equals(sender.id())) {
            throw new MeshFailure(MeshProblem.MESSAGE_NOT_FOUND, "mailbox " + sender.id() + " has no message "
                    + messageId + " in its outbox", messageId);
        }
        ExchangeMessage message = found.get();
        if (message.state() != MessageState.UPLOADING) {
            throw new MeshFailure(MeshProblem.NOT_UPLOADING, "message " + messageId + " is complete already; send a"
                    + " new message instead", messageId);
        }
        if (range.chunk() > message.chunkCount()) {
            throw new MeshFailure(MeshProblem.CHUNK_ABOVE_TOTAL, "chunk " + range.chunk() + " of a message of "
                    + message.chunkCount() + " chunks", messageId);
        }
        if (range.total() != message.chunkCount()) {
            throw new MeshFailure(MeshProblem.INVALID_CHUNK_RANGE, "the message was announced with "
                    + message.chunkCount() + " chunks, this chunk says " + range.total(), messageId);
        }
        RequestBody.Encoding first = NOTE_GZIP.equals(message.note()) ? RequestBody.Encoding.GZIP
                : RequestBody.Encoding.IDENTITY;
        if (first != encoding) {
            throw new MeshFailure(MeshProblem.CONTENT_ENCODING_CHANGED, "the first chunk came "
                    + (first == RequestBody.Encoding.GZIP ? "with Content-Encoding gzip" : "without Content-Encoding")
                    + "; send every chunk the same way", messageId);
        }
        return message;
    }

    /** Joins the chunks into the message's body when all are there; true when this call completed it. */
    private boolean joinIfComplete(String messageId) throws IOException {
        Object lock = joining.computeIfAbsent(messageId, k -> new Object());
        try {
            synchronized (lock) {
                ExchangeMessage message = postOffice.messages().find(messageId).orElseThrow();
                if (message.state() != MessageState.UPLOADING) {
                    return false;
                }
                for (int k = 1; k <= message.chunkCount(); k++) {
                    if (!postOffice.bodies().exists(chunkId(messageId, k))) {
                        return false;
                    }
                }
                join(message);
                return true;
            }
        } finally {
            joining.remove(messageId, lock);
        }
    }

    private void join(ExchangeMessage message) throws IOException {
        String id = message.messageId();
        MessageBodies bodies = postOffice.bodies();
        if (bodies.exists(id)) {
            bodies.delete(id);
        }
        MessageBodies.StoredBody whole;
        try (InputStream chunks = RequestBody.limited(new SequenceInputStream(new Chunks(message)),
                postOffice.maxMessageBytes(), "once its chunks are joined")) {
            whole = bodies.write(id, chunks);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RequestBody.TooLarge e) {
            reject(message);
            throw new MeshFailure(MeshProblem.TOO_LARGE, "the chunks add up to more than "
                    + postOffice.maxMessageBytes() + " bytes, the most CP-IS takes; the message is refused", id);
        }
        Instant now = postOffice.clock().instant();
        postOffice.messages().setBody(id, whole.sizeBytes(), whole.sha256());
        postOffice.messages().move(id, MessageState.UPLOADING, MessageState.RECEIVED, now, null);
        deleteChunks(message);
        postOffice.log(Transmission.Direction.IN, message.withBody(whole.sizeBytes(), whole.sha256()), "RECEIVED");
    }

    private void reject(ExchangeMessage message) throws IOException {
        postOffice.messages().move(message.messageId(), MessageState.UPLOADING, MessageState.REJECTED,
                postOffice.clock().instant(), "larger than CP-IS takes");
        deleteChunks(message);
        postOffice.logCall(Transmission.Direction.IN, message.sender().value(), message.recipient().value(),
                message.workflowId(), message.messageId(), 0, MeshProblem.TOO_LARGE.code());
    }

    private void deleteChunks(ExchangeMessage message) throws IOException {
        for (int k = 1; k <= message.chunkCount(); k++) {
            postOffice.bodies().delete(chunkId(message.messageId(), k));
        }
    }

    static String chunkId(String messageId, int chunk) {
        return messageId + ".c" + chunk;
    }

    private String sha256(String bodyId) throws IOException {
        try (InputStream in = postOffice.bodies().open(bodyId)) {
            return sha256(in);
        }
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
            digest.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The chunk bodies in order, each opened only when the one before is used up. */
    private final class Chunks implements Enumeration<InputStream> {

        private final ExchangeMessage message;
        private int next = 1;

        Chunks(ExchangeMessage message) {
            this.message = message;
        }

        @Override
        public boolean hasMoreElements() {
            return next <= message.chunkCount();
        }

        @Override
        public InputStream nextElement() {
            try {
                return postOffice.bodies().open(chunkId(message.messageId(), next++));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
