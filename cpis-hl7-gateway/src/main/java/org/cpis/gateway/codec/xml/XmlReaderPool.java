package org.cpis.gateway.codec.xml;

import java.util.HashMap;
import java.util.Map;
import org.xml.sax.XMLReader;

/**
 * Hardened SAX readers ({@link SecureXml#xmlReader}) kept one per thread and per {@link XmlLimits}, and reused
 * from one parse to the next: making a reader costs more than parsing a small message. A reader is lent for
 * one parse and comes back, its handlers reset, when the {@link Lease} is closed; a borrow while the thread's
 * reader is out (a parse inside a parse) gets a reader of its own. The reader parses as a fresh one would: the
 * parser resets itself at the start of every parse, and its hardening is set on it once, for good. Its table of
 * names only grows, though, so it is retired once it has read {@link #RETIRE_AFTER_BYTES} of documents: that
 * bounds what a thread keeps, whatever names the documents carry.
 */
public final class XmlReaderPool {

    /** Bytes a reader reads before it is retired: a few hundred queries or responses. */
    static final long RETIRE_AFTER_BYTES = 1L << 20;

    private static final ThreadLocal<Map<XmlLimits, Lease>> IDLE = ThreadLocal.withInitial(HashMap::new);

    private XmlReaderPool() {
    }

    /** A reader for one parse of a document of that many bytes on this thread; close the lease after it. */
    public static Lease borrow(XmlLimits limits, long documentBytes) {
        Lease lease = IDLE.get().remove(limits);
        if (lease == null) {
            lease = new Lease(SecureXml.xmlReader(limits), limits);
        }
        lease.bytesRead += documentBytes;
        return lease;
    }

    /** One reader lent to one parse. */
    public static final class Lease implements AutoCloseable {
        private final XMLReader reader;
        private final XmlLimits limits;
        private long bytesRead;

        private Lease(XMLReader reader, XmlLimits limits) {
            this.reader = reader;
            this.limits = limits;
        }

        public XMLReader reader() {
            return reader;
        }

        /** Drops the handlers of the parse (and what they hold) and gives the reader back to the thread. */
        @Override
        public void close() {
            reader.setContentHandler(null);
            reader.setDTDHandler(null);
            reader.setEntityResolver(null);
            reader.setErrorHandler(ThrowingErrorHandler.INSTANCE);
            if (bytesRead < RETIRE_AFTER_BYTES) {
                IDLE.get().putIfAbsent(limits, this);
            }
        }
    }
}
