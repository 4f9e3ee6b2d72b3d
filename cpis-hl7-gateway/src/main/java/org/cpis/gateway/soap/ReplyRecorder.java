package org.cpis.gateway.soap;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every reply (answer or fault) once it has been written: counts the bytes CXF writes and, when CXF closes the
 * stream, appends the transmission row with what the exchange says of the reply.
 */
final class ReplyRecorder extends AbstractPhaseInterceptor<Message> {

    private static final Logger LOG = LoggerFactory.getLogger(ReplyRecorder.class);

    private final TransmissionRecorder transmissions;

    ReplyRecorder(TransmissionRecorder transmissions) {
        super(Phase.PRE_STREAM);
        this.transmissions = Objects.requireNonNull(transmissions, "transmissions");
    }

    @Override
    public void handleMessage(Message message) {
        OutputStream out = message.getContent(OutputStream.class);
        if (out != null) {
            message.setContent(OutputStream.class, new Counting(out, message.getExchange()));
        }
    }

    private final class Counting extends FilterOutputStream {
        private final Exchange exchange;
        private long count;
        private boolean closed;

        Counting(OutputStream out, Exchange exchange) {
            super(out);
            this.exchange = exchange;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                super.close();
            } finally {
                TransmissionRecorder.SentSummary sent = exchange.get(TransmissionRecorder.SentSummary.class);
                if (sent != null) {
                    try {
                        transmissions.sent(sent, count);
                    } catch (RuntimeException e) {
                        LOG.error("The transmission log could not record a reply ({} to {})", sent.outcome(),
                                sent.destination(), e);
                    }
                }
            }
        }
    }
}
