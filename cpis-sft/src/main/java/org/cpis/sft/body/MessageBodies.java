package org.cpis.sft.body;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bodies of mailbox messages, kept on disk under their message id, encrypted at rest because they carry
 * personal data (CP-IS064). A body is written once, completely or not at all (a crash mid-write leaves nothing
 * under the id), and never changed.
 */
public interface MessageBodies {

    /**
     * Stores {@code body} under {@code messageId}, reading it to its end. Writing the same id again replaces an
     * earlier incomplete write only; a complete body is never overwritten ({@link IllegalStateException}).
     *
     * @return the plain body's size and SHA-256
     */
    StoredBody write(String messageId, InputStream body) throws IOException;

    /** Opens the plain body for reading; the stream fails at its end if the body does not match its checksum. */
    InputStream open(String messageId) throws IOException;

    /** Whether a complete body is stored under the id. */
    boolean exists(String messageId);

    /** Removes a body (used only for chunks once assembled, and for the expiry purge an operator asks for). */
    void delete(String messageId) throws IOException;

    /** A stored body's plain size and SHA-256 (lower-case hex). */
    record StoredBody(long sizeBytes, String sha256) {
    }
}
