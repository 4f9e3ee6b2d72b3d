package org.cpis.gateway.codec.xml;

import java.util.IdentityHashMap;
import java.util.Map;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;

/**
 * Hardened validator handlers ({@link SecureXml#validatorHandler}) kept one per thread and per schema, and
 * reused from one document to the next: making one costs more than validating a small message. A handler
 * resets itself at each {@code startDocument}. It is lent for one document and comes back, its handlers
 * dropped, when the {@link Lease} is closed; a borrow while the thread's handler is out gets one of its own.
 * Like a reader ({@link XmlReaderPool}) it keeps the names it has seen, so it is retired once it has
 * validated {@link XmlReaderPool#RETIRE_AFTER_BYTES} of documents.
 */
public final class ValidatorPool {

    private static final ThreadLocal<Map<Schema, Lease>> IDLE = ThreadLocal.withInitial(IdentityHashMap::new);

    private ValidatorPool() {
    }

    /** A validator handler for one document of that many bytes on this thread; close the lease after it. */
    public static Lease borrow(Schema schema, long documentBytes) {
        Lease lease = IDLE.get().remove(schema);
        if (lease == null) {
            lease = new Lease(SecureXml.validatorHandler(schema), schema);
        }
        lease.bytesValidated += documentBytes;
        return lease;
    }

    /** One validator handler lent to one document. */
    public static final class Lease implements AutoCloseable {
        private final ValidatorHandler handler;
        private final Schema schema;
        private long bytesValidated;

        private Lease(ValidatorHandler handler, Schema schema) {
            this.handler = handler;
            this.schema = schema;
        }

        public ValidatorHandler handler() {
            return handler;
        }

        /** Drops the handlers of the document (and what they hold) and gives the validator back to the thread. */
        @Override
        public void close() {
            handler.setContentHandler(null);
            handler.setErrorHandler(null);
            if (bytesValidated < XmlReaderPool.RETIRE_AFTER_BYTES) {
                IDLE.get().putIfAbsent(schema, this);
            }
        }
    }
}
