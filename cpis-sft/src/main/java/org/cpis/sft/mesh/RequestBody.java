package org.cpis.sft.mesh;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The body of a send as the post office reads it: decompressed when it came with {@code Content-Encoding: gzip}
 * (MESH chunks are each gzip on their own), and limited twice, as sent and decompressed, so that neither a huge
 * request nor a small gzip bomb is written to disk beyond the limit. Failures are told apart by their type: {@link
 * TooLarge}, {@link NotGzip}, or {@link Broken} when the caller's connection failed.
 */
final class RequestBody {

    /** How a body was encoded on the wire. */
    enum Encoding {
        IDENTITY, GZIP;

        /** From the {@code Content-Encoding} header: none, {@code identity} or {@code gzip}; anything else M018. */
        static Encoding of(String header) {
            if (header == null || header.isBlank() || header.strip().equalsIgnoreCase("identity")) {
                return IDENTITY;
            }
            if (header.strip().toLowerCase(Locale.ROOT).equals("gzip")) {
                return GZIP;
            }
            throw new MeshFailure(MeshProblem.UNSUPPORTED_CONTENT_ENCODING, "Content-Encoding '" + header.strip()
                    + "' is not taken; send gzip or nothing");
        }
    }

    private RequestBody() {
    }

    static InputStream open(InputStream wire, Encoding encoding, long maxWireBytes, long maxDecodedBytes) {
        InputStream sent = new Limited(new Guarded(wire), maxWireBytes, "as sent");
        InputStream decoded = encoding == Encoding.GZIP ? new Gunzip(sent) : sent;
        return new Limited(decoded, maxDecodedBytes, "decompressed");
    }

    /** {@code in}, failing with {@link TooLarge} once more than {@code limit} bytes came through. */
    static InputStream limited(InputStream in, long limit, String how) {
        return new Limited(in, limit, how);
    }

    /** The body is longer than a limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit, String how) {
            super("the body is larger than " + limit + " bytes " + how);
        }
    }

    /** The body said gzip but is not. */
    static final class NotGzip extends IOException {
        private static final long serialVersionUID = 1L;

        NotGzip(IOException cause) {
            super("the body is not valid gzip: " + cause.getMessage(), cause);
        }
    }

    /** Reading the caller's connection failed (it went away, or timed out). */
    static final class Broken extends IOException {
        private static final long serialVersionUID = 1L;

        Broken(IOException cause) {
            super("the request body could not be read: " + cause.getMessage(), cause);
        }
    }

    /** Marks failures of the connection itself as {@link Broken}. */
    private static final class Guarded extends FilterInputStream {

        Guarded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new Broken(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new Broken(e);
            }
        }
    }

    /** Fails with {@link TooLarge} when more than {@code limit} bytes come through. */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private final String how;
        private long count;

        Limited(InputStream in, long limit, String how) {
            super(in);
            this.limit = limit;
            this.how = how;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge(limit, how);
            }
        }
    }

    /** gzip, opened on the first read; an empty body stays empty; a broken stream is {@link NotGzip}. */
    private static final class Gunzip extends InputStream {

        private final PushbackInputStream source;
        private InputStream gzip;
        private boolean empty;

        Gunzip(InputStream source) {
            this.source = new PushbackInputStream(source, 1);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                if (gzip == null && !empty) {
                    int first = source.read();
                    if (first < 0) {
                        empty = true;
                    } else {
                        source.unread(first);
                        gzip = new GZIPInputStream(source, 64 * 1024);
                    }
                }
                return empty ? -1 : gzip.read(b, off, len);
            } catch (TooLarge | Broken e) {
                throw e;
            } catch (IOException e) {
                throw new NotGzip(e);
            }
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
