package org.cpis.sft.body;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Security;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataParser;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.KEKRecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKEKEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKEKRecipientInfoGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Message bodies as CMS EnvelopedData files (AES-256-CBC content key, wrapped with the service's AES-256 body key),
 * streamed in and out so a large upload never sits in memory. File layout: {@code <root>/<first 8 characters of the
 * id>/<id>.cms}; a body is written to {@code <id>.cms.part}, forced to disk and renamed into place, so an id has a
 * complete body or none, and a body that was reported written survives a power cut. The plain body's SHA-256 is kept
 * beside it ({@code <id>.sha256}, in place before the body is) and checked when the body is read to its end.
 *
 * <p>Two writes of the same id at the same time in this process: the second is refused. Across processes the
 * callers keep ids apart (new ids are random; the folder door claims under a work lock).
 */
public final class EncryptedMessageBodies implements MessageBodies {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,120}");
    /** The size of the encrypted content's BER chunks: large, so that framing costs about 0.01 %. */
    private static final int CHUNK = 64 * 1024;
    private static final byte[] KEY_ID = BodyKey.ALIAS.getBytes(StandardCharsets.US_ASCII);

    static {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    private final Path root;
    private final SecretKey key;
    private final Set<String> writing = ConcurrentHashMap.newKeySet();

    public EncryptedMessageBodies(Path root, SecretKey key) {
        this.root = root;
        this.key = key;
    }

    @Override
    public StoredBody write(String messageId, InputStream body) throws IOException {
        Path target = fileOf(messageId);
        if (!writing.add(messageId)) {
            throw new IllegalStateException("the body of message " + messageId + " is being written already");
        }
        try {
            if (Files.exists(target)) {
                throw new IllegalStateException("message " + messageId + " already has a body; bodies are never"
                        + " changed");
            }
            Files.createDirectories(target.getParent());
            return writeNew(messageId, body, target);
        } finally {
            writing.remove(messageId);
        }
    }

    private StoredBody writeNew(String messageId, InputStream body, Path target) throws IOException {
        Path temp = target.resolveSibling(messageId + ".cms.part");
        Path checksumTemp = target.resolveSibling(messageId + ".sha256.part");
        MessageDigest sha = sha256();
        long size = 0;
        try {
            CMSEnvelopedDataStreamGenerator generator = new CMSEnvelopedDataStreamGenerator();
            generator.setBufferSize(CHUNK);
            generator.addRecipientInfoGenerator(new JceKEKRecipientInfoGenerator(KEY_ID, key)
                    .setProvider(BouncyCastleProvider.PROVIDER_NAME));
            // a .part left by a crashed write of this id is replaced (TRUNCATE_EXISTING)
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream file = new KeepOpen(new BufferedOutputStream(Channels.newOutputStream(channel),
                        64 * 1024));
                OutputStream encrypted = generator.open(file, new JceCMSContentEncryptorBuilder(
                        CMSAlgorithm.AES256_CBC).setProvider(BouncyCastleProvider.PROVIDER_NAME).build());
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = body.read(buffer)) >= 0) {
                    encrypted.write(buffer, 0, n);
                    sha.update(buffer, 0, n);
                    size += n;
                }
                encrypted.close(); // writes the CMS trailer; the channel stays open to be forced
                file.flush();
                channel.force(true);
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            writeDurably(checksumTemp, hex.getBytes(StandardCharsets.US_ASCII));
            Files.move(checksumTemp, checksumOf(messageId), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            try {
                // no REPLACE_EXISTING: a body that appeared meanwhile is never overwritten
                Files.move(temp, target);
            } catch (FileAlreadyExistsException e) {
                throw new IllegalStateException("message " + messageId + " already has a body; bodies are never"
                        + " changed", e);
            }
            forceFolder(target.getParent());
            return new StoredBody(size, hex);
        } catch (CMSException e) {
            throw new IOException("cannot encrypt the body of message " + messageId + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(checksumTemp);
        }
    }

    private static void writeDurably(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(content));
            channel.force(true);
        }
    }

    /** Makes a rename in {@code folder} durable where the platform allows it (Linux, macOS; not Windows). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // a platform that cannot open folders (Windows) makes renames durable on its own
        }
    }

    @Override
    public InputStream open(String messageId) throws IOException {
        Path file = fileOf(messageId);
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "message " + messageId + " has no stored body");
        }
        Path checksum = checksumOf(messageId);
        if (!Files.exists(checksum)) {
            throw new IOException("the stored body of message " + messageId + " has lost its checksum file "
                    + checksum + "; restore it from the backup");
        }
        String expected = Files.readString(checksum, StandardCharsets.US_ASCII).strip();
        InputStream in = Files.newInputStream(file);
        try {
            CMSEnvelopedDataParser parser = new CMSEnvelopedDataParser(in);
            RecipientInformation recipient = parser.getRecipientInfos().get(new KEKRecipientId(KEY_ID));
            if (recipient == null) {
                throw new IOException("the body of message " + messageId + " was not encrypted with this service's key");
            }
            InputStream plain = recipient.getContentStream(new JceKEKEnvelopedRecipient(key)
                    .setProvider(BouncyCastleProvider.PROVIDER_NAME)).getContentStream();
            return new CheckedStream(new DigestInputStream(plain, sha256()), expected, messageId, parser);
        } catch (CMSException e) {
            in.close();
            throw new IOException("cannot decrypt the body of message " + messageId + " (damaged, or encrypted with"
                    + " another key): " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    @Override
    public boolean exists(String messageId) {
        return Files.exists(fileOf(messageId));
    }

    @Override
    public void delete(String messageId) throws IOException {
        Files.deleteIfExists(fileOf(messageId));
        Files.deleteIfExists(checksumOf(messageId));
    }

    private Path fileOf(String messageId) {
        return folderOf(messageId).resolve(messageId + ".cms");
    }

    private Path checksumOf(String messageId) {
        return folderOf(messageId).resolve(messageId + ".sha256");
    }

    private Path folderOf(String messageId) {
        if (messageId == null || !SAFE_ID.matcher(messageId).matches()) {
            throw new IllegalArgumentException("'" + messageId + "' is not a message id");
        }
        return root.resolve(messageId.substring(0, Math.min(8, messageId.length())));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Flushes on close and leaves the file open, so that it can be forced to disk after the CMS trailer. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /**
     * Checks the plain body's SHA-256 when the reader reaches its end. Skipping reads (so the skipped bytes are
     * counted too).
     */
    private static final class CheckedStream extends FilterInputStream {

        private final DigestInputStream digest;
        private final String expected;
        private final String messageId;
        private final CMSEnvelopedDataParser parser;
        private boolean checked;

        CheckedStream(DigestInputStream in, String expected, String messageId, CMSEnvelopedDataParser parser) {
            super(in);
            this.digest = in;
            this.expected = expected;
            this.messageId = messageId;
            this.parser = parser;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                check();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                check();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
            long skipped = 0;
            while (skipped < n) {
                int got = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (got < 0) {
                    break;
                }
                skipped += got;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void check() throws IOException {
            if (!checked) {
                checked = true;
                String actual = HexFormat.of().formatHex(digest.getMessageDigest().digest());
                if (!actual.equals(expected)) {
                    throw new IOException("the stored body of message " + messageId + " does not match its checksum"
                            + " (it was damaged on disk)");
                }
            }
        }

        /**
         * Closes the file. A reader may stop before the end (a repeated upload is answered from its header): the
         * decrypting stream is then left unclosed, because closing it finalises the cipher, whose authentication
         * tag covers bytes nobody read and would fail; nothing read was used unchecked beyond what the reader chose.
         */
        @Override
        public void close() throws IOException {
            try {
                if (checked) {
                    super.close();
                }
            } finally {
                parser.close();
            }
        }
    }
}
