package org.cpis.sft.mesh.client;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Streams for sending a body in chunks without holding it in memory: a slice of the next {@code n} bytes of a
 * source, and gzip compression of a stream as it is read (MESH compresses each chunk on its own).
 */
final class ChunkStreams {

    private ChunkStreams() {
    }

    /**
     * The next {@code length} bytes of {@code source}; fails if the source ends sooner. Closing the slice leaves the
     * source open.
     */
    static InputStream slice(InputStream source, long length) {
        return new Slice(source, length);
    }

    /** {@code source}, gzip-compressed while it is read. */
    static InputStream gzip(InputStream source) {
        return new Gzip(source);
    }

    private static final class Slice extends InputStream {

        private final InputStream source;
        private final long length;
        private long left;

        Slice(InputStream source, long length) {
            this.source = source;
            this.length = length;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left == 0) {
                return -1;
            }
            int n = source.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new EOFException("the body ended " + left + " bytes before the " + length
                        + " bytes of this chunk; the size given for it was wrong");
            }
            left -= n;
            return n;
        }

        @Override
        public void close() {
            // the source belongs to the caller and carries the following chunks
        }
    }

    private static final class Gzip extends InputStream {

        private final InputStream source;
        private final ByteArrayOutputStream compressed = new ByteArrayOutputStream(64 * 1024);
        private final GZIPOutputStream gzip;
        private final byte[] buffer = new byte[64 * 1024];
        private byte[] pending = new byte[0];
        private int position;
        private boolean finished;

        Gzip(InputStream source) {
            this.source = source;
            try {
                this.gzip = new GZIPOutputStream(compressed, 64 * 1024);
            } catch (IOException e) {
                throw new IllegalStateException("a gzip stream over memory cannot fail to open", e);
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (position == pending.length) {
                if (finished) {
                    return -1;
                }
                int n = source.read(buffer);
                if (n < 0) {
                    gzip.finish();
                    finished = true;
                } else {
                    gzip.write(buffer, 0, n);
                }
                pending = compressed.toByteArray();
                position = 0;
                compressed.reset();
            }
            int n = Math.min(len, pending.length - position);
            System.arraycopy(pending, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
