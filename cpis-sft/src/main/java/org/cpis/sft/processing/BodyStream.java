package org.cpis.sft.processing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stored body being read, remembering whether reading it failed. The XML reader turns every read failure into
 * "not well-formed"; this tells a body the LA sent badly (answered CPF01) from one our own storage could not give
 * back (CPIS-E003: not the LA's fault, tried again).
 */
final class BodyStream extends FilterInputStream {

    private IOException failure;

    BodyStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            failure = failure == null ? e : failure;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            failure = failure == null ? e : failure;
            throw e;
        }
    }

    /** The first read failure, or null. */
    IOException failure() {
        return failure;
    }
}
