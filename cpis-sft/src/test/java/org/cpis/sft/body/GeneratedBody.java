package org.cpis.sft.body;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * A body of a given length generated as it is read (never held in memory), the same bytes for the same seed; and
 * an optional failure after some bytes, as a sender whose connection or disk fails half way.
 */
public final class GeneratedBody extends InputStream {

    private final SplittableRandom random;
    private final long length;
    private final long failAfter;
    private long position;

    private GeneratedBody(long seed, long length, long failAfter) {
        this.random = new SplittableRandom(seed);
        this.length = length;
        this.failAfter = failAfter;
    }

    public static GeneratedBody of(long seed, long length) {
        return new GeneratedBody(seed, length, Long.MAX_VALUE);
    }

    /** Fails with an IOException once {@code failAfter} bytes were read. */
    public static GeneratedBody failingAfter(long seed, long length, long failAfter) {
        return new GeneratedBody(seed, length, failAfter);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (position >= failAfter) {
            throw new IOException("the sender's stream broke after " + position + " bytes");
        }
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(len, Math.min(length - position, failAfter - position));
        for (int i = 0; i < n; i++) {
            b[off + i] = (byte) random.nextInt(256);
        }
        position += n;
        return n;
    }

    /** The SHA-256 (lower-case hex) of everything {@code in} gives, read to its end in small pieces. */
    public static String sha256(InputStream in) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            sha.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** How many bytes {@code in} gives, read to its end. */
    public static long count(InputStream in) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
        }
        return total;
    }
}
